package kz.qyzmet.quality;

import kz.qyzmet.messages.Messages;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.api.InvalidRequestException.Violation;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.cases.EngineClock;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The normative and target values of the indicator rows, which the Ministry sets every year (item 19 of every
 * standard, e.g. S01 line 4288) and a manager enters here, per year, standard and row. All or nothing per request.
 */
@Component
public class Targets {

  static final String TABLE = "\"qyzmet\".indicator_target";

  /** One row's values (percent, 0-100; null clears one). */
  public record Target(String standard, String code, BigDecimal normative, BigDecimal target) {}

  private final JdbcClient jdbc;
  private final StandardsCatalogue catalogue;

  public Targets(JdbcClient jdbc, StandardsCatalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  @Transactional
  public void save(int year, List<Target> targets, String userId) {
    List<Violation> problems = new ArrayList<>();
    if (year < 2012 || year > 2100) {
      problems.add(new Violation("year", Messages.text("quality.year.range")));
    }
    if (targets == null || targets.isEmpty() || targets.size() > 200) {
      problems.add(new Violation("targets", Messages.text("quality.targets.rows")));
    }
    for (int i = 0; targets != null && i < targets.size(); i++) {
      Target t = targets.get(i);
      String at = "[" + i + "]";
      boolean known = t != null && t.standard() != null && catalogue.find(t.standard()).map(s -> s.qualityIndicators()
          .stream().anyMatch(q -> q.code().equals(t.code()))).orElse(false);
      if (!known) {
        problems.add(new Violation(at + ".code", Messages.text("quality.targets.code")));
        continue;
      }
      check(problems, at + ".normative", t.normative());
      check(problems, at + ".target", t.target());
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    for (Target t : targets) {
      int updated = jdbc.sql("update " + TABLE + " set normative = ?, target = ?, updated_by = ?, updated_at = ?"
              + " where target_year = ? and standard = ? and code = ?")
          .params(t.normative(), t.target(), userId, now, year, t.standard(), t.code()).update();
      if (updated == 0) {
        jdbc.sql("insert into " + TABLE + " (target_year, standard, code, normative, target, updated_by, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
            .params(year, t.standard(), t.code(), t.normative(), t.target(), userId, now).update();
      }
    }
  }

  private static void check(List<Violation> problems, String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2)) {
      problems.add(new Violation(field, Messages.text("quality.targets.percentage")));
    }
  }
}
