package kz.qyzmet.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The statutory working-day calendar of Kazakhstan, for deadlines in BPMN expressions (bean {@code statutoryCalendar}),
 * e.g. {@code camunda:dueDate="${statutoryCalendar.workingDaysAfter(acceptedAt, 10, officeZone)}"} or a timer
 * {@code timeDate} with the same expression. Every method returns a {@link Date} the engine accepts directly.
 *
 * <p>Expressions must take the start moment from a process variable (e.g. {@code acceptedAt}), never from "now":
 * {@code ManagementService.recalculateJobDuedate} evaluates the expression again, and only then does a recalculation
 * after a calendar change give the same deadline moved by the change alone.
 *
 * <p>Working days of the deciding bodies are Monday to Friday minus days off (Law of 13 Dec 2001 No. 267 "On holidays
 * in the Republic of Kazakhstan", Labour Code art. 84-85; see {@link WorkingDayCalendar}). Times are local to the
 * deciding office's tzdb zone ({@code Asia/Almaty}, {@code Asia/Aqtobe}, ...): Kazakhstan had two zones until 1 March
 * 2024 (UTC+6 and UTC+5), one (UTC+5) since; the JDK's tzdb knows the change.
 */
public class StatutoryCalendar {

  /** Earliest year served: the decree (Government Resolution No. 1059) dates from 17 Aug 2012. */
  public static final int MIN_YEAR = 2012;
  /** Latest year served: rules only, far beyond any recorded data. */
  public static final int MAX_YEAR = 2100;

  private final CalendarDataSource source;
  private final CalendarProperties properties;
  private volatile WorkingDayCalendar calendar;

  public StatutoryCalendar(CalendarDataSource source, CalendarProperties properties) {
    this.source = source;
    this.properties = properties;
    this.calendar = new WorkingDayCalendar(source.load());
  }

  /** Reads the data files again (after a change); a bad file throws and keeps the previous calendar. */
  public void reload() {
    this.calendar = new WorkingDayCalendar(source.load());
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public ZoneId defaultZone() {
    return properties.defaultZone();
  }

  // ---------------------------------------------------------------- working days

  /** N working days after {@code start} in the default zone; see {@link #workingDaysAfter(Date, int, String)}. */
  public Date workingDaysAfter(Date start, int workingDays) {
    return workingDaysAfter(start, workingDays, null);
  }

  /**
   * The close of the working day (18:00 by default) of the N-th working day after the local date of {@code start}
   * in the office's zone. The day of {@code start} itself is not counted: "құжаттарды қабылдаған күн мемлекеттік
   * қызмет көрсету мерзіміне кірмейді" (the day the documents are accepted is not part of the term; decree No. 1059,
   * standard S01 item 7, line 548 of the seed text). So documents accepted on a Friday with a term of one working
   * day are due on Monday at 18:00, and documents accepted on a Saturday at a public service centre too.
   * N must be at least 1: a term of zero working days would make N = 0 and N = 1 the same deadline for a start on a
   * day off (use {@link #nextWorkingMoment(Date, String)} for "at once").
   *
   * @param zoneId tzdb id of the deciding office; null or blank for {@code qyzmet.calendar.default-zone}
   */
  public Date workingDaysAfter(Date start, int workingDays, String zoneId) {
    ZoneId zone = zone(zoneId);
    return Date.from(closeOf(addWorkingDays(localDate(start, zone), workingDays), zone));
  }

  /** The date of the N-th working day after {@code from}, which is not counted (N at least 1). */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("workingDays must be at least 1: " + workingDays);
    }
    WorkingDayCalendar cal = calendar;
    LocalDate day = from;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (cal.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Explains {@link #workingDaysAfter(Date, int, String)} for a local start in the office zone (REST API). */
  public DeadlineExplanation explainWorkingDays(LocalDateTime start, int workingDays, ZoneId zone) {
    WorkingDayCalendar cal = calendar;
    LocalDate dueDay = addWorkingDays(start.toLocalDate(), workingDays);
    ZonedDateTime due = closeOf(dueDay, zone).atZone(zone);
    List<DeadlineExplanation.SkippedDay> skipped = cal.daysOffBetween(start.toLocalDate(), dueDay).stream()
        .map(DeadlineExplanation.SkippedDay::of)
        .toList();
    boolean verified = WorkingDayCalendar.yearsOf(start.toLocalDate(), dueDay).stream()
        .allMatch(cal::isVerified);
    return new DeadlineExplanation(start, zone.getId(), workingDays, due.toOffsetDateTime(), skipped, verified);
  }

  // ---------------------------------------------------------------- calendar days, months, minutes

  /** N calendar days in the default zone; see {@link #calendarDaysAfter(Date, int, String)}. */
  public Date calendarDaysAfter(Date start, int days) {
    return calendarDaysAfter(start, days, null);
  }

  /**
   * A term of N calendar days: it runs from the day after {@code start} and ends on the N-th calendar day, at the
   * close of the working day. If that day is not a working day the term ends on the next working day (the rule of
   * the Civil Code, General Part, chapter 6 "Calculation of terms"; see README "Calendar").
   */
  public Date calendarDaysAfter(Date start, int days, String zoneId) {
    checkNotNegative(days, "days");
    return closeOfLastDay(start, zoneId, day -> day.plusDays(days));
  }

  /** N months in the default zone; see {@link #monthsAfter(Date, int, String)}. */
  public Date monthsAfter(Date start, int months) {
    return monthsAfter(start, months, null);
  }

  /**
   * A term of N months ends on the same day-of-month of the last month, or on the last day of that month if it has
   * no such day (Law of 27 Nov 2000 No. 107-II "On administrative procedures", art. 12-1 p. 3); a non-working last
   * day moves to the next working day; the term ends at the close of the working day.
   */
  public Date monthsAfter(Date start, int months, String zoneId) {
    checkNotNegative(months, "months");
    return closeOfLastDay(start, zoneId, day -> day.plusMonths(months));
  }

  /** The close of the term's last day ({@code last} of the start's day), moved to the next working day if need be. */
  private Date closeOfLastDay(Date start, String zoneId, UnaryOperator<LocalDate> last) {
    ZoneId zone = zone(zoneId);
    return Date.from(closeOf(nextWorkingDayFrom(calendar, last.apply(localDate(start, zone))), zone));
  }

  /**
   * N minutes after {@code start}, on the clock, ignoring the calendar (e.g. "30 минуттан аспайды" for automated
   * answers from the portal).
   */
  public Date minutesAfter(Date start, int minutes) {
    checkNotNegative(minutes, "minutes");
    return Date.from(Objects.requireNonNull(start, "start").toInstant().plusSeconds(60L * minutes));
  }

  // ---------------------------------------------------------------- working moments

  /** {@link #nextWorkingMoment(Date, String)} in the default zone. */
  public Date nextWorkingMoment(Date moment) {
    return nextWorkingMoment(moment, null);
  }

  /**
   * {@code moment} itself if it is within working hours (09:00 inclusive to 18:00 exclusive by default) of a working
   * day, the opening of the same day if it is before opening on a working day, else the opening of the next working
   * day.
   */
  public Date nextWorkingMoment(Date moment, String zoneId) {
    ZoneId zone = zone(zoneId);
    WorkingDayCalendar cal = calendar;
    ZonedDateTime local = Objects.requireNonNull(moment, "moment").toInstant().atZone(zone);
    LocalDate day = local.toLocalDate();
    if (cal.isWorkingDay(day)) {
      if (local.toLocalTime().isBefore(properties.opensAt())) {
        return Date.from(day.atTime(properties.opensAt()).atZone(zone).toInstant());
      }
      if (local.toLocalTime().isBefore(properties.closesAt())) {
        return moment;
      }
    }
    LocalDate next = nextWorkingDayFrom(cal, day.plusDays(1));
    return Date.from(next.atTime(properties.opensAt()).atZone(zone).toInstant());
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  // ---------------------------------------------------------------- helpers

  /** Resolves a tzdb zone id; null or blank gives the default zone. Fixed offsets are refused. */
  public ZoneId zone(String zoneId) {
    if (zoneId == null || zoneId.isBlank()) {
      return properties.defaultZone();
    }
    ZoneId zone = ZoneId.of(zoneId.trim());
    if (!zone.getId().contains("/")) {
      throw new IllegalArgumentException("zone must be a tzdb region id such as Asia/Almaty, not " + zoneId);
    }
    return zone;
  }

  static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
  }

  private static void checkNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }

  private static LocalDate localDate(Date start, ZoneId zone) {
    return Objects.requireNonNull(start, "start").toInstant().atZone(zone).toLocalDate();
  }

  private static LocalDate nextWorkingDayFrom(WorkingDayCalendar cal, LocalDate day) {
    LocalDate d = day;
    while (!cal.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private Instant closeOf(LocalDate day, ZoneId zone) {
    return day.atTime(properties.closesAt()).atZone(zone).toInstant();
  }
}
