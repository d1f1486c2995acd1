package kz.qyzmet.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.Standard.Measure;
import kz.qyzmet.catalogue.Standard.QualityIndicator;
import kz.qyzmet.catalogue.Standard.Text;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every indicator row of every standard (item 18; the catalogue's {@code qualityIndicators}) for a period and a scope,
 * computed from the case facts alone. Which cases a row counts (see README, Quality indicators):
 * <ul>
 *   <li>{@code timeliness}: cases that ended in the period, not refused at intake; timely when none of their statutory
 *       deadlines (hand-over, service, notification ...; not the storage of an uncollected result) ran out or was
 *       done after its due moment;</li>
 *   <li>{@code satisfaction}: "yes" among the yes/no answers to the row's question of cases that ended in the period;</li>
 *   <li>{@code waitingWithin}, {@code documentsCompleteAtIntake}: cases accepted in the period;</li>
 *   <li>{@code justifiedComplaints}: complaints upheld (wholly or partly) answered in the period, per case served in
 *       it; {@code justifiedComplaintsInTerm}: of those complaints, the ones answered by their review due date.</li>
 * </ul>
 * A row without cases in the period has no value; a {@code notMeasured} row gives its reading instead of a value.
 */
@Component
public class Indicators {

  /** Terms that are not the office's service term: the month an uncollected result is kept, the portal's answer. */
  static final List<String> NOT_SERVICE_TERMS = List.of("resultStorage", "portalInformation");
  static final List<String> JUSTIFIED = List.of("upheld", "partlyUpheld");

  private final JdbcClient jdbc;
  private final StandardsCatalogue catalogue;
  private final ZoneId zone;

  public Indicators(JdbcClient jdbc, StandardsCatalogue catalogue, StatutoryCalendar calendar) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.zone = calendar.defaultZone();
  }

  /** One computed row. {@code value} is a percentage (two decimals), null when not measured or nothing to count. */
  public record Row(String standard, String code, Text name, int line, String measure, BigDecimal value,
      Long numerator, Long denominator, BigDecimal normative, BigDecimal target, Text reading) {}

  private record Count(long numerator, long denominator) {}

  public List<Row> compute(Period period, Scope scope) {
    Timestamp start = new Timestamp(period.start(zone).getTime());
    Timestamp end = new Timestamp(period.end(zone).getTime());
    Map<String, Map<String, Count>> byKind = new HashMap<>();
    Map<String, Count> served = served(start, end, scope);
    byKind.put("timeliness", timeliness(start, end, scope));
    for (String question : CaseFacts.QUESTIONS) {
      byKind.put("satisfaction:" + question, satisfaction(question, start, end, scope));
    }
    byKind.put("documentsCompleteAtIntake", grouped("sum(case when c.documents_complete then 1 else 0 end),"
        + " count(*)", "c.accepted_at >= ? and c.accepted_at < ?", start, end, scope));
    Map<String, Count> justified = justifiedComplaints(start, end, scope);
    Map<String, BigDecimal[]> targets = targets(period.from().getYear());

    List<Row> rows = new ArrayList<>();
    for (Standard standard : catalogue.all()) {
      for (QualityIndicator indicator : standard.qualityIndicators()) {
        Measure measure = indicator.measure();
        Count count = switch (measure.kind()) {
          case "timeliness" -> byKind.get("timeliness").get(standard.code());
          case "satisfaction" -> byKind.get("satisfaction:" + measure.question()).get(standard.code());
          case "documentsCompleteAtIntake" -> byKind.get("documentsCompleteAtIntake").get(standard.code());
          case "waitingWithin" -> grouped("sum(case when c.waiting_minutes <= " + measure.value()
                  + " then 1 else 0 end), count(c.waiting_minutes)", "c.accepted_at >= ? and c.accepted_at < ?",
              start, end, scope).get(standard.code());
          case "justifiedComplaints" -> {
            Count complaints = justified.get(standard.code());
            Count cases = served.get(standard.code());
            yield new Count(complaints == null ? 0 : complaints.denominator(), cases == null ? 0 : cases.denominator());
          }
          case "justifiedComplaintsInTerm" -> justified.get(standard.code());
          default -> null;
        };
        boolean measured = !"notMeasured".equals(measure.kind());
        if (measured && count == null) {
          count = new Count(0, 0);
        }
        BigDecimal[] target = targets.getOrDefault(standard.code() + "/" + indicator.code(), new BigDecimal[2]);
        rows.add(new Row(standard.code(), indicator.code(), indicator.name(), indicator.line(), measure.kind(),
            count == null || count.denominator() == 0 ? null : BigDecimal.valueOf(count.numerator() * 100)
                .divide(BigDecimal.valueOf(count.denominator()), 2, RoundingMode.HALF_UP),
            count == null ? null : count.numerator(), count == null ? null : count.denominator(),
            target[0], target[1], measured ? null : measure.reading()));
      }
    }
    return rows;
  }

  private Map<String, Count> served(Timestamp start, Timestamp end, Scope scope) {
    return grouped("count(*), count(*)", "c.ended_at >= ? and c.ended_at < ? and c.outcome <> 'refusedAtIntake'",
        start, end, scope);
  }

  private Map<String, Count> timeliness(Timestamp start, Timestamp end, Scope scope) {
    return grouped("sum(case when exists (select 1 from " + CaseFacts.DEADLINES + " d where d.business_key ="
            + " c.business_key and d.deadline_id not in ('resultStorage', 'portalInformation') and (d.breached_at is"
            + " not null or d.done_at > d.due_at)) then 0 else 1 end), count(*)",
        "c.ended_at >= ? and c.ended_at < ? and c.outcome <> 'refusedAtIntake'", start, end, scope);
  }

  private Map<String, Count> satisfaction(String question, Timestamp start, Timestamp end, Scope scope) {
    String column = "c.answer_" + (question.equals("complaintTerm") ? "complaint_term" : question);
    return grouped("sum(case when " + column + " = 'yes' then 1 else 0 end), count(" + column + ")",
        "c.ended_at >= ? and c.ended_at < ?", start, end, scope);
  }

  /** numerator, denominator per standard over the case facts {@code c} of the scope. */
  private Map<String, Count> grouped(String counts, String where, Timestamp start, Timestamp end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(start, end));
    params.addAll(List.of(scope.params()));
    Map<String, Count> result = new HashMap<>();
    jdbc.sql("select c.standard, " + counts + " from " + CaseFacts.CASES + " c where " + where + " and "
            + scope.casesWhere() + " group by c.standard")
        .params(params)
        .query(rs -> {
          result.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)));
        });
    return result;
  }

  /** Per standard: justified complaints answered in the period (denominator) and those answered in term (numerator). */
  private Map<String, Count> justifiedComplaints(Timestamp start, Timestamp end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(start, end));
    String where = switch (scope.level()) {
      case country -> "1 = 1";
      case region -> "p.region = ?";
      case district -> "c.region = ? and c.district = ?";
      case office -> "(p.office_id = ? or c.office_id = ? or c.intake_office_id = ?)";
    };
    switch (scope.level()) {
      case region -> params.add(scope.id());
      case district -> params.addAll(List.of(scope.region(), scope.id()));
      case office -> params.addAll(List.of(scope.id(), scope.id(), scope.id()));
      default -> { }
    }
    Map<String, Count> result = new HashMap<>();
    jdbc.sql("select p.standard, sum(case when p.breached_at is null and (p.due_at is null or p.answered_at <="
            + " p.due_at) then 1 else 0 end), count(*) from " + CaseFacts.COMPLAINTS + " p left join "
            + CaseFacts.CASES + " c on c.business_key = p.case_business_key where p.answered_at >= ? and"
            + " p.answered_at < ? and p.decision in ('upheld', 'partlyUpheld') and " + where + " group by p.standard")
        .params(params)
        .query(rs -> {
          result.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)));
        });
    return result;
  }

  private Map<String, BigDecimal[]> targets(int year) {
    Map<String, BigDecimal[]> result = new HashMap<>();
    jdbc.sql("select standard, code, normative, target from " + Targets.TABLE + " where target_year = ?").param(year)
        .query(rs -> {
          result.put(rs.getString(1) + "/" + rs.getString(2),
              new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4)});
        });
    return result;
  }
}
