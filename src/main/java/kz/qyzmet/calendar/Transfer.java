package kz.qyzmet.calendar;

import java.time.LocalDate;

/**
 * A transfer of a day off under Labour Code art. 85 p. 3: {@code workingDay} (usually a Saturday) becomes a working day
 * and {@code dayOff} (a weekday) becomes a day off. {@code act} cites the Government decree or the Minister's order.
 */
public record Transfer(LocalDate workingDay, LocalDate dayOff, String act, String source) {
}
