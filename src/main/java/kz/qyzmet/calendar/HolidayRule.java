package kz.qyzmet.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A holiday on a fixed day of the year, with the years it applied (both inclusive, {@code null} = open).
 * Loaded from {@code calendar/holidays.yaml}.
 */
public record HolidayRule(
    String id, int month, int day, HolidayKind kind, Integer fromYear, Integer untilYear,
    String nameKk, String nameEn) {

  public boolean appliesIn(int year) {
    return (fromYear == null || year >= fromYear) && (untilYear == null || year <= untilYear);
  }

  public LocalDate dateIn(int year) {
    return MonthDay.of(month, day).atYear(year);
  }
}
