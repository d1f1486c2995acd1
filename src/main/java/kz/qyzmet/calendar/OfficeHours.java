package kz.qyzmet.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * When the offices serve applicants ({@code <calendar location>/office-hours.yaml}): named schedules (days of the week
 * and periods of the day) on top of the statutory calendar, and which kind of office keeps which schedule. A norm in
 * minutes counts only this time (null schedule: the clock) ({@link #plusMinutes}, {@link #minutesBetween}); {@link #servesFrom} is the moment an
 * office serves an application that arrived at a given time.
 */
public class OfficeHours {

  /** Days served beyond the statutory working days never reach further than this: a schedule must open in a year. */
  private static final int MAX_DAYS = 400;

  /** One schedule: the weekdays served and the periods of the day, e.g. 09:00-13:00 and 14:00-18:00. */
  public record Schedule(Set<DayOfWeek> days, List<String> hours) {
    List<LocalTime[]> periods() {
      List<LocalTime[]> periods = new ArrayList<>();
      for (String period : hours) {
        String[] parts = period.split("-");
        periods.add(new LocalTime[] {LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())});
      }
      return periods;
    }
  }

  record Data(Map<String, Schedule> schedules, Map<String, String> kinds, String defaultSchedule) {}

  /** The data file, as messages name it. */
  static final String FILE = "office-hours.yaml";

  private final StatutoryCalendar calendar;
  private final Map<String, Schedule> schedules;
  private final Map<String, String> kinds;
  private final String defaultSchedule;
  private final Set<String> roundTheClock;

  public OfficeHours(StatutoryCalendar calendar, Map<String, Schedule> schedules, Map<String, String> kinds,
      String defaultSchedule, Set<String> roundTheClock) {
    this.roundTheClock = Set.copyOf(roundTheClock);
    this.calendar = calendar;
    this.schedules = Map.copyOf(schedules);
    this.kinds = Map.copyOf(kinds);
    this.defaultSchedule = defaultSchedule;
    for (Map.Entry<String, Schedule> entry : this.schedules.entrySet()) {
      Schedule schedule = entry.getValue();
      if (schedule.days() == null || schedule.days().isEmpty() || schedule.hours() == null
          || schedule.hours().isEmpty()) {
        throw new CalendarDataException(FILE, "schedules." + entry.getKey(), "scheduleIncomplete");
      }
      LocalTime previousEnd = LocalTime.MIN;
      try {
        for (LocalTime[] period : schedule.periods()) {
          if (!period[0].isBefore(period[1]) || period[0].isBefore(previousEnd)) {
            throw new CalendarDataException(FILE, "schedules." + entry.getKey() + ".hours", "periodsInOrder",
                schedule.hours());
          }
          previousEnd = period[1];
        }
      } catch (RuntimeException e) {
        if (e instanceof CalendarDataException) {
          throw e;
        }
        throw new CalendarDataException(e, FILE, "schedules." + entry.getKey() + ".hours", "periodsFormat",
            schedule.hours());
      }
    }
    if (!this.schedules.containsKey(defaultSchedule)) {
      throw new CalendarDataException(FILE, "default", "scheduleUndefined", defaultSchedule);
    }
    this.kinds.forEach((kind, name) -> {
      if (!this.schedules.containsKey(name)) {
        throw new CalendarDataException(FILE, "kinds." + kind, "scheduleUndefined", name);
      }
    });
  }

  /** Reads {@code <location>/office-hours.yaml}. */
  public static OfficeHours load(StatutoryCalendar calendar, String location) {
    String name = (location.endsWith("/") ? location : location + "/") + "office-hours.yaml";
    var resource = new PathMatchingResourcePatternResolver().getResource(name);
    try (InputStream in = resource.getInputStream()) {
      var tree = new YAMLMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readTree(in);
      var mapper = new YAMLMapper();
      Map<String, Schedule> schedules = new java.util.LinkedHashMap<>();
      tree.path("schedules").fields().forEachRemaining(field -> {
        try {
          schedules.put(field.getKey(), mapper.treeToValue(field.getValue(), Schedule.class));
        } catch (IOException e) {
          throw new CalendarDataException(e, name, "schedules." + field.getKey(), "scheduleUnreadable");
        }
      });
      Map<String, String> kinds = new java.util.LinkedHashMap<>();
      tree.path("kinds").fields().forEachRemaining(field -> kinds.put(field.getKey(), field.getValue().asText()));
      Set<String> roundTheClock = new java.util.LinkedHashSet<>();
      tree.path("roundTheClock").forEach(channel -> roundTheClock.add(channel.asText()));
      return new OfficeHours(calendar, schedules, kinds, tree.path("default").asText(), roundTheClock);
    } catch (IOException e) {
      throw new CalendarDataException(e, name, null, "unreadable");
    }
  }

  /**
   * The schedule of an application taken at {@code channel} by an office of the directory's kind (the default one for
   * a kind not listed); null for a channel that works round the clock (the portal): its minutes run on the clock.
   */
  public String scheduleOf(String officeKind, String channel) {
    return roundTheClock.contains(channel) ? null : kinds.getOrDefault(officeKind, defaultSchedule);
  }

  /** Whether the schedule is defined. */
  public boolean knows(String schedule) {
    return schedules.containsKey(schedule);
  }

  /** {@code moment} if the office serves then, else the next opening. */
  public Date servesFrom(Date moment, String schedule, String zoneId) {
    return plusMinutes(moment, 0, schedule, zoneId);
  }

  /** Whether the office serves at {@code moment}. */
  public boolean serves(Date moment, String schedule, String zoneId) {
    return servesFrom(moment, schedule, zoneId).equals(moment);
  }

  /** {@code minutes} of the office's serving time after {@code start} (counted from the next opening if closed). */
  public Date plusMinutes(Date start, int minutes, String schedule, String zoneId) {
    if (schedule == null) {
      return Date.from(Objects.requireNonNull(start, "start").toInstant().plusSeconds(minutes * 60L));
    }
    Schedule hours = schedule(schedule);
    ZoneId zone = calendar.zone(zoneId);
    Instant at = Objects.requireNonNull(start, "start").toInstant();
    long remaining = minutes * 60L;
    LocalDate day = at.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!open(hours, day)) {
        continue;
      }
      for (LocalTime[] period : hours.periods()) {
        Instant from = day.atTime(period[0]).atZone(zone).toInstant();
        Instant to = day.atTime(period[1]).atZone(zone).toInstant();
        if (!to.isAfter(at)) {
          continue;
        }
        Instant begin = from.isAfter(at) ? from : at;
        long available = Duration.between(begin, to).getSeconds();
        if (remaining <= available) {
          return Date.from(begin.plusSeconds(remaining));
        }
        remaining -= available;
        at = to;
      }
    }
    throw new IllegalStateException("schedule " + schedule + " serves on no day of " + MAX_DAYS);
  }

  /** The whole minutes of the office's serving time between {@code start} and {@code end} (0 if end is earlier). */
  public long minutesBetween(Date start, Date end, String schedule, String zoneId) {
    if (schedule == null) {
      return Duration.between(start.toInstant(), end.toInstant()).toMinutes();
    }
    Schedule hours = schedule(schedule);
    ZoneId zone = calendar.zone(zoneId);
    Instant from = start.toInstant();
    Instant to = end.toInstant();
    long seconds = 0;
    LocalDate last = to.atZone(zone).toLocalDate();
    int days = 0;
    for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last) && days < MAX_DAYS;
        day = day.plusDays(1), days++) {
      if (!open(hours, day)) {
        continue;
      }
      for (LocalTime[] period : hours.periods()) {
        Instant a = day.atTime(period[0]).atZone(zone).toInstant();
        Instant b = day.atTime(period[1]).atZone(zone).toInstant();
        Instant begin = a.isAfter(from) ? a : from;
        Instant finish = b.isBefore(to) ? b : to;
        if (finish.isAfter(begin)) {
          seconds += Duration.between(begin, finish).getSeconds();
        }
      }
    }
    return seconds / 60;
  }

  /**
   * A statutory working day is open whatever the weekday (a Saturday worked by a transfer); another day only if it is
   * a plain weekend day the schedule serves (a Public Service Centre's Saturday), never a holiday or a day off moved.
   */
  private boolean open(Schedule hours, LocalDate day) {
    if (calendar.isWorkingDay(day)) {
      return hours.days().contains(day.getDayOfWeek()) || day.getDayOfWeek().getValue() >= 6;
    }
    return hours.days().contains(day.getDayOfWeek()) && calendar.calendar().dayOff(day)
        .map(off -> off.kind() == DayOff.Kind.WEEKEND).orElse(false);
  }

  private Schedule schedule(String name) {
    Schedule schedule = schedules.get(name);
    if (schedule == null) {
      throw new IllegalArgumentException("unknown office schedule " + name + " (calendar/office-hours.yaml)");
    }
    return schedule;
  }
}
