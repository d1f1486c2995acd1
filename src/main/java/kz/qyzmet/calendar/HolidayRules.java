package kz.qyzmet.calendar;

import java.util.List;

/** The content of {@code calendar/holidays.yaml}: the law cited and its holiday rules. */
public record HolidayRules(String law, List<HolidayRule> holidays) {
}
