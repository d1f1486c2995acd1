package kz.qyzmet.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statutory calendar computed from {@link CalendarData}: working days are Monday to Friday minus days off, plus the
 * Saturdays and Sundays that a transfer made working days. Immutable; years are computed on first use and cached.
 *
 * <p>Order of the rules, for year Y:
 * <ol>
 *   <li>holidays of the year (rules of the Law of 13 Dec 2001 No. 267 as they stood in Y; 7 January and Kurban ait);</li>
 *   <li>carry-over (Law art. 5): each national or state holiday on a Saturday or Sunday, in date order, makes the next
 *       Monday-to-Friday day that is not already a day off a day off (so 21-23 March on Sat-Mon gives 24 and 25 March);
 *       religious holidays are not carried over;</li>
 *   <li>transfers (Labour Code art. 85 p. 3), recorded per year with the act cited: they were decided on the calendar
 *       after carry-over, so they are applied last (e.g. 2020: Victory Day on Saturday 9 May was carried to Monday 11
 *       May, which the decree then moved to Friday 8 May).</li>
 * </ol>
 */
public final class WorkingDayCalendar {

  /** The days off of one year, in date order, and the weekend days that were working days. */
  public record YearCalendar(int year, YearData data, List<DayOff> daysOff, List<Transfer> workingWeekendDays) {
  }

  private record Computed(Map<LocalDate, DayOff> daysOff, Map<LocalDate, Transfer> workingDays, YearCalendar view) {
  }

  private final CalendarData data;
  private final Map<LocalDate, Transfer> transfersByWorkingDay = new TreeMap<>();
  private final Map<LocalDate, Transfer> transfersByDayOff = new TreeMap<>();
  private final Map<Integer, Computed> years = new ConcurrentHashMap<>();

  public WorkingDayCalendar(CalendarData data) {
    this.data = data;
    for (YearData year : data.years().values()) {
      for (Transfer t : year.transfers()) {
        if (transfersByWorkingDay.put(t.workingDay(), t) != null || transfersByDayOff.put(t.dayOff(), t) != null) {
          throw new CalendarDataException(file(year.year()), transfer(t), "transferDateShared");
        }
      }
    }
    // Validate every recorded year now, so an inconsistent file fails at load, not at the first deadline.
    data.years().keySet().forEach(this::computed);
  }

  public CalendarData data() {
    return data;
  }

  public boolean isWorkingDay(LocalDate date) {
    Computed year = computed(date.getYear());
    if (year.workingDays().containsKey(date)) {
      return true;
    }
    return !CalendarDataLoader.isWeekend(date) && !year.daysOff().containsKey(date);
  }

  /** Why {@code date} is not a working day; empty for a working day. */
  public Optional<DayOff> dayOff(LocalDate date) {
    if (isWorkingDay(date)) {
      return Optional.empty();
    }
    DayOff off = computed(date.getYear()).daysOff().get(date);
    return Optional.of(off != null ? off : DayOff.weekend(date));
  }

  public YearCalendar year(int year) {
    return computed(year).view();
  }

  public boolean isVerified(int year) {
    return data.year(year).verified();
  }

  private Computed computed(int year) {
    StatutoryCalendar.checkYear(year);
    return years.computeIfAbsent(year, this::compute);
  }

  private Computed compute(int year) {
    // Holidays of the previous year too: a late-December carry-over could land in January.
    List<DayOff> holidays = new ArrayList<>();
    for (int y = year - 1; y <= year; y++) {
      for (HolidayRule rule : data.rules().holidays()) {
        if (rule.appliesIn(y)) {
          holidays.add(DayOff.holiday(rule.dateIn(y), rule.kind(), rule.nameKk(), rule.nameEn()));
        }
      }
      KurbanAit kurbanAit = data.year(y).kurbanAit();
      if (kurbanAit != null) {
        holidays.add(DayOff.holiday(kurbanAit.date(), HolidayKind.RELIGIOUS, "Құрбан айттың бірінші күні",
            "First day of Kurban ait"));
      }
    }
    holidays.sort(Comparator.comparing(DayOff::date));

    Map<LocalDate, DayOff> off = new TreeMap<>();
    for (DayOff h : holidays) {
      off.putIfAbsent(h.date(), h);
    }
    for (DayOff h : holidays) {
      if (h.kind() == DayOff.Kind.HOLIDAY && CalendarDataLoader.isWeekend(h.date())) {
        LocalDate next = h.date().plusDays(1);
        while (CalendarDataLoader.isWeekend(next) || off.containsKey(next)) {
          next = next.plusDays(1);
        }
        off.put(next, DayOff.carryOver(next, h));
      }
    }

    Map<LocalDate, Transfer> workingDays = new TreeMap<>();
    for (Transfer t : transfersByWorkingDay.values()) {
      DayOff replaced = off.get(t.workingDay());
      if (replaced != null && replaced.kind() != DayOff.Kind.CARRY_OVER) {
        throw new CalendarDataException(file(t.workingDay().getYear()), transfer(t), "transferOntoHoliday",
            new CalendarDataException.Name(replaced.nameKk(), replaced.nameEn()));
      }
      off.remove(t.workingDay());
      if (CalendarDataLoader.isWeekend(t.workingDay())) {
        workingDays.put(t.workingDay(), t);
      }
    }
    for (Transfer t : transfersByDayOff.values()) {
      DayOff existing = off.get(t.dayOff());
      if (existing != null && t.dayOff().getYear() == year) {
        throw new CalendarDataException(file(t.dayOff().getYear()), transfer(t), "transferOntoDayOff",
            new CalendarDataException.Name(existing.nameKk(), existing.nameEn()));
      }
      off.put(t.dayOff(), DayOff.transfer(t));
    }

    Map<LocalDate, DayOff> ofYear = new TreeMap<>();
    off.forEach((date, dayOff) -> {
      if (date.getYear() == year) {
        ofYear.put(date, dayOff);
      }
    });
    Map<LocalDate, Transfer> workingOfYear = new TreeMap<>();
    workingDays.forEach((date, t) -> {
      if (date.getYear() == year) {
        workingOfYear.put(date, t);
      }
    });
    YearCalendar view = new YearCalendar(year, data.year(year),
        List.copyOf(ofYear.values()), List.copyOf(workingOfYear.values()));
    return new Computed(Collections.unmodifiableMap(ofYear), Collections.unmodifiableMap(workingOfYear), view);
  }

  /** The non-working days strictly after {@code from} and strictly before {@code to}, with their reasons. */
  public List<DayOff> daysOffBetween(LocalDate from, LocalDate to) {
    List<DayOff> result = new ArrayList<>();
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      dayOff(d).ifPresent(result::add);
    }
    return result;
  }

  /** The years whose data a span of dates touches (for the "verified" answer). */
  public static Set<Integer> yearsOf(LocalDate from, LocalDate to) {
    Set<Integer> result = new TreeSet<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      result.add(y);
    }
    return result;
  }

  /** The data file of a year, as the messages name it. */
  private static String file(int year) {
    return "calendar/years/" + year + ".yaml";
  }

  /** A transfer as the messages name it: "transfers (2018-08-30 -> 2018-08-31)". */
  private static String transfer(Transfer t) {
    return "transfers (" + t.workingDay() + " -> " + t.dayOff() + ")"; // an entry's name, not a text
  }
}
