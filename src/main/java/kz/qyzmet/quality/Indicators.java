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
  /**
   * A statutory deadline of the case {@code c} that ran out or was done after its due moment. On PostgreSQL the
   * partial index {@code case_deadline_late} (db/postgresql/V6) holds exactly these rows; the benchmark plans this
   * very text.
   */
  public static final String LATE_DEADLINE = "select 1 from " + CaseFacts.DEADLINES + " d where d.business_key ="
      + " c.business_key and d.deadline_id not in ('" + String.join("', '", NOT_SERVICE_TERMS) + "') and"
      + " (d.breached_at is not null or d.done_at > d.due_at)";

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
    java.util.SortedSet<Integer> waitingLimits = new java.util.TreeSet<>();
    for (Standard standard : catalogue.all()) {
      for (QualityIndicator indicator : standard.qualityIndicators()) {
        if ("waitingWithin".equals(indicator.measure().kind())) {
          waitingLimits.add(indicator.measure().value());
        }
      }
    }
    Map<String, Map<String, Count>> byKind = new HashMap<>();
    ended(start, end, scope, byKind);
    accepted(start, end, scope, waitingLimits, byKind);
    Map<String, Count> served = byKind.getOrDefault("served", Map.of());
    Map<String, Count> justified = justifiedComplaints(start, end, scope);
    Map<String, BigDecimal[]> targets = targets(period.from().getYear());

    List<Row> rows = new ArrayList<>();
    for (Standard standard : catalogue.all()) {
      for (QualityIndicator indicator : standard.qualityIndicators()) {
        Measure measure = indicator.measure();
        Count count = switch (measure.kind()) {
          case "timeliness" -> count(byKind, "timeliness", standard);
          case "satisfaction" -> count(byKind, "satisfaction:" + measure.question(), standard);
          case "documentsCompleteAtIntake" -> count(byKind, "documentsCompleteAtIntake", standard);
          case "waitingWithin" -> count(byKind, "waitingWithin:" + measure.value(), standard);
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

  private static Count count(Map<String, Map<String, Count>> byKind, String kind, Standard standard) {
    return byKind.getOrDefault(kind, Map.of()).get(standard.code());
  }

  /**
   * The counts over the cases that ended in the period, in one pass over them (issue 21: a year of a region's cases
   * is read once, not once per indicator): served and timeliness (not refused at intake), and the yes/no answers of
   * each survey question.
   */
  private void ended(Timestamp start, Timestamp end, Scope scope, Map<String, Map<String, Count>> byKind) {
    List<String> questions = List.copyOf(new java.util.TreeSet<>(CaseFacts.QUESTIONS));
    StringBuilder columns = new StringBuilder("sum(case when c.outcome <> 'refusedAtIntake' then 1 else 0 end),"
        + " sum(case when c.outcome <> 'refusedAtIntake' and not exists (" + LATE_DEADLINE + ") then 1 else 0 end)");
    for (String question : questions) {
      String column = "c.answer_" + (question.equals("complaintTerm") ? "complaint_term" : question);
      columns.append(", sum(case when ").append(column).append(" = 'yes' then 1 else 0 end), count(").append(column)
          .append(")");
    }
    query(columns.toString(), "c.ended_at >= ? and c.ended_at < ?", start, end, scope, (standard, values) -> {
      byKind.computeIfAbsent("served", k -> new HashMap<>()).put(standard, new Count(values[0], values[0]));
      byKind.computeIfAbsent("timeliness", k -> new HashMap<>()).put(standard, new Count(values[1], values[0]));
      for (int i = 0; i < questions.size(); i++) {
        byKind.computeIfAbsent("satisfaction:" + questions.get(i), k -> new HashMap<>())
            .put(standard, new Count(values[2 + 2 * i], values[3 + 2 * i]));
      }
    });
  }

  /** The counts over the cases accepted in the period, in one pass: documents complete, waiting within each limit. */
  private void accepted(Timestamp start, Timestamp end, Scope scope, java.util.SortedSet<Integer> waitingLimits,
      Map<String, Map<String, Count>> byKind) {
    List<Integer> limits = List.copyOf(waitingLimits);
    StringBuilder columns = new StringBuilder("sum(case when c.documents_complete then 1 else 0 end), count(*),"
        + " count(c.waiting_minutes)");
    for (Integer limit : limits) {
      columns.append(", sum(case when c.waiting_minutes <= ").append(limit).append(" then 1 else 0 end)");
    }
    query(columns.toString(), "c.accepted_at >= ? and c.accepted_at < ?", start, end, scope, (standard, values) -> {
      byKind.computeIfAbsent("documentsCompleteAtIntake", k -> new HashMap<>())
          .put(standard, new Count(values[0], values[1]));
      for (int i = 0; i < limits.size(); i++) {
        byKind.computeIfAbsent("waitingWithin:" + limits.get(i), k -> new HashMap<>())
            .put(standard, new Count(values[3 + i], values[2]));
      }
    });
  }

  /** One grouped query over the case facts {@code c} of the scope; each standard's row of longs to {@code row}. */
  private void query(String columns, String where, Timestamp start, Timestamp end, Scope scope,
      java.util.function.BiConsumer<String, long[]> row) {
    List<Object> params = new ArrayList<>(List.of(start, end));
    params.addAll(List.of(scope.params()));
    jdbc.sql("select c.standard, " + columns + " from " + CaseFacts.CASES + " c where " + where + " and "
            + scope.casesWhere() + " group by c.standard")
        .params(params)
        .query(rs -> {
          long[] values = new long[rs.getMetaData().getColumnCount() - 1];
          for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(i + 2);
          }
          row.accept(rs.getString(1), values);
        });
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
