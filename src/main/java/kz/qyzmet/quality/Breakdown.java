package kz.qyzmet.quality;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kz.qyzmet.calendar.StatutoryCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drill-down for the Cockpit plugin: the country by region, a region (or district) by office, an office by case. Per
 * unit: cases that ended in the period (not refused at intake), the timely ones (as the {@code timeliness} rows count
 * them), the satisfied answers to every question, and cases still open.
 */
@Component
public class Breakdown {

  private static final String TIMELY = "case when exists (select 1 from " + CaseFacts.DEADLINES + " d where"
      + " d.business_key = c.business_key and d.deadline_id not in ('resultStorage', 'portalInformation') and"
      + " (d.breached_at is not null or d.done_at > d.due_at)) then 0 else 1 end";
  private static final String SERVED = "(c.ended_at >= ? and c.ended_at < ? and c.outcome <> 'refusedAtIntake')";
  private static final String YES = "(case when c.answer_process = 'yes' then 1 else 0 end + case when"
      + " c.answer_information = 'yes' then 1 else 0 end + case when c.answer_complaint = 'yes' then 1 else 0 end"
      + " + case when c.answer_complaint_term = 'yes' then 1 else 0 end + case when c.answer_courtesy = 'yes' then 1"
      + " else 0 end)";
  private static final String ANSWERS = "(case when c.answer_process is not null then 1 else 0 end + case when"
      + " c.answer_information is not null then 1 else 0 end + case when c.answer_complaint is not null then 1 else 0"
      + " end + case when c.answer_complaint_term is not null then 1 else 0 end + case when c.answer_courtesy is not"
      + " null then 1 else 0 end)";

  private final JdbcClient jdbc;
  private final ZoneId zone;

  public Breakdown(JdbcClient jdbc, StatutoryCalendar calendar) {
    this.jdbc = jdbc;
    this.zone = calendar.defaultZone();
  }

  /** A region or an office: {@code unit} is the region's slug or the office's id; {@code level} what it is. */
  public record Unit(String level, String unit, long served, long timely, long satisfied, long answers, long open) {}

  /** One case of an office: the timely flag for a served case (null while open or refused at intake). */
  public record CaseLine(String businessKey, String standard, Date acceptedAt, Date endedAt, String outcome,
      Boolean timely, String processInstanceId) {}

  public List<Unit> units(Period period, Scope scope) {
    String column = scope.level() == Scope.Level.country ? "c.region" : "c.office_id";
    String level = scope.level() == Scope.Level.country ? "region" : "office";
    Timestamp start = new Timestamp(period.start(zone).getTime());
    Timestamp end = new Timestamp(period.end(zone).getTime());
    List<Object> params = new ArrayList<>(List.of(start, end, start, end, start, end, start, end));
    params.addAll(List.of(scope.params()));
    return jdbc.sql("select " + column + ", sum(case when " + SERVED + " then 1 else 0 end), sum(case when " + SERVED
            + " then " + TIMELY + " else 0 end), sum(case when " + SERVED + " then " + YES + " else 0 end),"
            + " sum(case when " + SERVED + " then " + ANSWERS + " else 0 end), sum(case when c.ended_at is null then"
            + " 1 else 0 end) from " + CaseFacts.CASES + " c where " + scope.casesWhere() + " group by " + column
            + " order by " + column)
        .params(params)
        .query((rs, n) -> new Unit(level, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6)))
        .list().stream().filter(u -> u.served() > 0 || u.open() > 0).toList();
  }

  public List<CaseLine> cases(Period period, Scope scope) {
    Timestamp start = new Timestamp(period.start(zone).getTime());
    Timestamp end = new Timestamp(period.end(zone).getTime());
    List<Object> params = new ArrayList<>(List.of(start, end, start, end));
    params.addAll(List.of(scope.params()));
    return jdbc.sql("select c.business_key, c.standard, c.accepted_at, c.ended_at, c.outcome, case when " + SERVED
            + " then " + TIMELY + " else null end, c.process_instance_id from " + CaseFacts.CASES + " c where"
            + " (c.ended_at is null or (c.ended_at >= ? and c.ended_at < ?)) and " + scope.casesWhere()
            + " order by c.accepted_at limit 1000")
        .params(params)
        .query((rs, n) -> {
          Object timely = rs.getObject(6);
          return new CaseLine(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getTimestamp(4),
              rs.getString(5), timely == null ? null : ((Number) timely).intValue() == 1, rs.getString(7));
        })
        .list();
  }
}
