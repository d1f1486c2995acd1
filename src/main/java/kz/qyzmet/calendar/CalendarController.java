package kz.qyzmet.calendar;

import kz.qyzmet.messages.Messages;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The statutory calendar over HTTP (JSON). {@code /api} needs HTTP Basic authentication (kz.qyzmet.security); the
 * recalculation also needs membership of {@code camunda-admin}. Parameters are taken as text and checked here, so
 * every bad one gets a 400 problem that names it (see {@link CalendarProblems}).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  /** Longest term accepted, in working days: statutory terms are at most a few weeks; a year is plainly absurd. */
  static final int MAX_WORKING_DAYS = 366;

  private final StatutoryCalendar calendar;
  private final CalendarRecalculation recalculation;

  CalendarController(StatutoryCalendar calendar, CalendarRecalculation recalculation) {
    this.calendar = calendar;
    this.recalculation = recalculation;
  }

  /** The answer of {@code GET /api/calendar/deadline}. */
  record DeadlineResponse(String start, String zone, int workingDays, String due,
                          List<DeadlineExplanation.SkippedDay> skipped, boolean verified) {
  }

  /** The answer of {@code GET /api/calendar/{year}}. */
  record YearResponse(int year, boolean verified, String notes, List<String> sources, String law,
                      List<DayOffResponse> daysOff, List<TransferResponse> workingWeekendDays) {
  }

  record DayOffResponse(String date, String kind, String nameKk, String nameEn, String reason, String reasonEn,
                        boolean carriedOver, String carriedOverFrom, TransferResponse transfer) {
  }

  record TransferResponse(String workingDay, String dayOff, String act, String source) {

    static TransferResponse of(Transfer t) {
      return t == null ? null
          : new TransferResponse(t.workingDay().toString(), t.dayOff().toString(), t.act(), t.source());
    }
  }

  @GetMapping("/deadline")
  DeadlineResponse deadline(@RequestParam(required = false) String start,
                            @RequestParam(required = false) String workingDays,
                            @RequestParam(required = false) String zone) {
    LocalDateTime startAt = parseStart(start);
    int n = parseWorkingDays(workingDays);
    ZoneId zoneId = parseZone(zone);
    DeadlineExplanation e;
    try {
      e = calendar.explainWorkingDays(startAt, n, zoneId);
    } catch (IllegalArgumentException outOfRange) {
      throw new CalendarParameterException("start", Messages.text("calendar.start.endsAfter", start,
          String.valueOf(n), String.valueOf(StatutoryCalendar.MAX_YEAR)));
    }
    return new DeadlineResponse(e.start().toString(), e.zone(), e.workingDays(),
        e.due().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.skipped(), e.verified());
  }

  @GetMapping("/{year}")
  YearResponse year(@PathVariable String year) {
    int y = parseYear(year);
    WorkingDayCalendar.YearCalendar view = calendar.calendar().year(y);
    List<DayOffResponse> daysOff = view.daysOff().stream()
        .map(d -> new DayOffResponse(d.date().toString(), d.kind().name(), d.nameKk(), d.nameEn(), d.reasonKk(),
            d.reasonEn(), d.kind() == DayOff.Kind.CARRY_OVER,
            d.carriedOverFrom() == null ? null : d.carriedOverFrom().toString(), TransferResponse.of(d.transfer())))
        .toList();
    List<TransferResponse> working = view.workingWeekendDays().stream().map(TransferResponse::of).toList();
    return new YearResponse(y, view.data().verified(), view.data().notes(), view.data().sources(),
        calendar.calendar().data().rules().law(), daysOff, working);
  }

  /** Reloads the calendar data and recalculates every timer and open task due date (camunda-admin only). */
  @PostMapping("/recalculation")
  CalendarRecalculation.Result recalculate() {
    return recalculation.recalculateAsCurrentUser();
  }

  private static LocalDateTime parseStart(String start) {
    if (start == null || start.isBlank()) {
      throw new CalendarParameterException("start", Messages.text("calendar.start.required"));
    }
    LocalDateTime value;
    try {
      value = LocalDateTime.parse(start.trim());
    } catch (DateTimeParseException e) {
      throw new CalendarParameterException("start", Messages.text("calendar.start.format", start));
    }
    if (value.getYear() < StatutoryCalendar.MIN_YEAR || value.getYear() > StatutoryCalendar.MAX_YEAR) {
      throw new CalendarParameterException("start", Messages.text("calendar.start.years",
          String.valueOf(StatutoryCalendar.MIN_YEAR), String.valueOf(StatutoryCalendar.MAX_YEAR), start));
    }
    return value;
  }

  private static int parseWorkingDays(String workingDays) {
    if (workingDays == null || workingDays.isBlank()) {
      throw new CalendarParameterException("workingDays",
          Messages.text("calendar.workingDays.required", String.valueOf(MAX_WORKING_DAYS)));
    }
    int n;
    try {
      n = Integer.parseInt(workingDays.trim());
    } catch (NumberFormatException e) {
      throw new CalendarParameterException("workingDays",
          Messages.text("calendar.workingDays.whole", String.valueOf(MAX_WORKING_DAYS), workingDays));
    }
    if (n < 1 || n > MAX_WORKING_DAYS) {
      throw new CalendarParameterException("workingDays",
          Messages.text("calendar.workingDays.range", String.valueOf(MAX_WORKING_DAYS), String.valueOf(n)));
    }
    return n;
  }

  private ZoneId parseZone(String zone) {
    try {
      return calendar.zone(zone);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new CalendarParameterException("zone", Messages.text("calendar.zone.format", zone));
    }
  }

  private static int parseYear(String year) {
    int y;
    try {
      y = Integer.parseInt(year.trim());
    } catch (NumberFormatException e) {
      throw new CalendarParameterException("year", Messages.text("calendar.year.whole",
          String.valueOf(StatutoryCalendar.MIN_YEAR), String.valueOf(StatutoryCalendar.MAX_YEAR), year));
    }
    if (y < StatutoryCalendar.MIN_YEAR || y > StatutoryCalendar.MAX_YEAR) {
      throw new CalendarParameterException("year", Messages.text("calendar.year.range",
          String.valueOf(StatutoryCalendar.MIN_YEAR), String.valueOf(StatutoryCalendar.MAX_YEAR), String.valueOf(y)));
    }
    return y;
  }
}
