package kz.qyzmet.calendar;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Everything the calendar is computed from: the holiday rules and the per-year files (by year), as loaded and validated. */
public record CalendarData(HolidayRules rules, Map<Integer, YearData> years) {

  public CalendarData {
    years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
  }

  public YearData year(int year) {
    return years.getOrDefault(year, YearData.unknown(year));
  }
}
