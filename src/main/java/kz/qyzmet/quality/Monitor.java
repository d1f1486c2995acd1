package kz.qyzmet.quality;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.EngineClock;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deadline monitor of one office, from the case facts: open cases, steps due today and on the next working day,
 * overdue steps (with a link to each case in Cockpit), breaches in the period by deadline, and per standard the median
 * and 90th percentile of working days from acceptance to the result against the service term.
 */
@Component
public class Monitor {

  private final JdbcClient jdbc;
  private final StatutoryCalendar calendar;
  private final StandardsCatalogue catalogue;
  private final ZoneId zone;

  public Monitor(JdbcClient jdbc, StatutoryCalendar calendar, StandardsCatalogue catalogue) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.catalogue = catalogue;
    this.zone = calendar.defaultZone();
  }

  public record Overdue(String businessKey, String standard, String deadline, Date due, String processInstanceId,
      String cockpitLink) {}

  public record TimeToResult(String standard, int cases, Double medianWorkingDays, Double p90WorkingDays,
      String term) {}

  public record Report(String office, LocalDate today, LocalDate nextWorkingDay, long openCases, long dueToday,
      long dueNextWorkingDay, List<Overdue> overdue, Map<String, Long> breachesByDeadline,
      List<TimeToResult> timeToResult) {}

  public Report report(String office, Period period) {
    Date now = EngineClock.now();
    LocalDate today = LocalDate.ofInstant(now.toInstant(), zone);
    LocalDate next = today.plusDays(1);
    while (!calendar.isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    long open = jdbc.sql("select count(*) from " + CaseFacts.CASES + " c where (c.office_id = ? or"
            + " c.intake_office_id = ?) and c.ended_at is null").params(office, office).query(Long.class).single();
    long dueToday = dueOn(office, today);
    long dueNext = dueOn(office, next);
    List<Overdue> overdue = jdbc.sql("select d.business_key, c.standard, d.deadline_id, d.due_at,"
            + " c.process_instance_id from " + CaseFacts.DEADLINES + " d join " + CaseFacts.CASES + " c on"
            + " c.business_key = d.business_key where d.office_id = ? and d.done_at is null and c.ended_at is null"
            + " and d.due_at < ? order by d.due_at")
        .params(office, ts(now))
        .query((rs, n) -> new Overdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4),
            rs.getString(5), "#/process-instance/" + rs.getString(5) + "/runtime"))
        .list();
    Map<String, Long> breaches = new LinkedHashMap<>();
    jdbc.sql("select d.deadline_id, count(*) from " + CaseFacts.DEADLINES + " d where d.office_id = ? and"
            + " ((d.breached_at >= ? and d.breached_at < ?) or (d.breached_at is null and d.done_at > d.due_at and"
            + " d.done_at >= ? and d.done_at < ?)) group by d.deadline_id order by d.deadline_id")
        .params(office, ts(period.start(zone)), ts(period.end(zone)), ts(period.start(zone)), ts(period.end(zone)))
        .query(rs -> {
          breaches.put(rs.getString(1), rs.getLong(2));
        });
    Map<String, List<Double>> days = new LinkedHashMap<>();
    jdbc.sql("select c.standard, c.accepted_at, coalesce(c.result_ready_at, c.decided_at, c.ended_at) from "
            + CaseFacts.CASES + " c where (c.office_id = ? or c.intake_office_id = ?) and c.outcome <>"
            + " 'refusedAtIntake' and c.ended_at >= ? and c.ended_at < ? order by c.standard")
        .params(office, office, ts(period.start(zone)), ts(period.end(zone)))
        .query(rs -> {
          days.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(workingDays(rs.getTimestamp(2), rs.getTimestamp(3)));
        });
    List<TimeToResult> times = new ArrayList<>();
    days.forEach((standard, values) -> {
      values.sort(Double::compare);
      String term = catalogue.find(standard).flatMap(s -> s.deadline("service"))
          .map(d -> Deadlines.termCited(standard, d, kz.qyzmet.messages.Messages.language())).orElse(null);
      times.add(new TimeToResult(standard, values.size(), percentile(values, 50), percentile(values, 90), term));
    });
    return new Report(office, today, next, open, dueToday, dueNext, overdue, breaches, times);
  }

  private long dueOn(String office, LocalDate day) {
    return jdbc.sql("select count(*) from " + CaseFacts.DEADLINES + " d where d.office_id = ? and d.done_at is null"
            + " and d.breached_at is null and d.due_at >= ? and d.due_at < ?")
        .params(office, ts(Date.from(day.atStartOfDay(zone).toInstant())),
            ts(Date.from(day.plusDays(1).atStartOfDay(zone).toInstant())))
        .query(Long.class).single();
  }

  /** Working days between two moments: whole working days after the start day up to the end day. */
  double workingDays(Date from, Date to) {
    if (from == null || to == null) {
      return 0;
    }
    LocalDate a = LocalDate.ofInstant(from.toInstant(), zone);
    LocalDate b = LocalDate.ofInstant(to.toInstant(), zone);
    int count = 0;
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** Nearest-rank percentile of sorted values. */
  static Double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Timestamp ts(Date date) {
    return new Timestamp(date.getTime());
  }
}
