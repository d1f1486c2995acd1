package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cost of a case (issue 21, point 2): the rows one S01 case at a centre leaves in the database, from the intake
 * API through hand-over, review, notification and the result to its end. The count is deterministic (no timing):
 * every table of the engine and of Qyzmet is counted before and after, and the difference is what the case wrote and
 * kept. The engine's runtime rows of an ended case are gone again; what stays is its history (ACT_HI_*), its byte
 * arrays, the read grants on the case and Qyzmet's own facts. The README (Benchmarks, "What each row of a case is
 * for") says why each remaining row is there.
 */
@QyzmetTest
class RowsPerCaseTest {

  /** Issue 21: at most 90 rows per S01 case (161 before; the bare engine with the same four tasks writes 37). */
  static final int TARGET = 90;

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  @Test
  void anS01CaseFromTheIntakeToItsResultLeavesAtMostNinetyRows() throws SQLException {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    // Before the intake, so that rows written by an earlier test's lazy set-up are not counted here.
    CaseDriver.at(2026, 11, 20, 10, 0);
    Map<String, Long> before = counts();

    String key = cases.s01WaitingAtTheCentre();
    CaseDriver.at(2026, 12, 7, 10, 0);
    cases.complete(key, "Task_IssueResult",
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .as("the case and its building blocks ended").isZero();

    Map<String, Long> after = counts();
    Map<String, Long> written = new TreeMap<>();
    after.forEach((table, rows) -> {
      long delta = rows - before.getOrDefault(table, 0L);
      if (delta != 0) {
        written.put(table, delta);
      }
    });
    long engineRows = written.entrySet().stream().filter(e -> e.getKey().startsWith("act_"))
        .mapToLong(Map.Entry::getValue).sum();
    long qyzmetRows = written.entrySet().stream().filter(e -> !e.getKey().startsWith("act_"))
        .mapToLong(Map.Entry::getValue).sum();
    String report = "rows left by one S01 case: engine " + engineRows + ", Qyzmet " + qyzmetRows + ", total "
        + (engineRows + qyzmetRows) + " (target " + TARGET + "): " + written;
    System.out.println(report);

    // The quality facts and the audit stay: the case's fact with its deadlines, its history with every task.
    assertThat(written).as(report).containsEntry("case_fact", 1L).containsKey("case_deadline")
        .containsEntry("act_hi_procinst", 4L).containsEntry("act_hi_taskinst", 4L);
    assertThat(engineRows + qyzmetRows).as(report).isLessThanOrEqualTo(TARGET);
  }

  /** Rows per table of the engine's and Qyzmet's schemas, by lower-case table name. */
  private Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String[]> tables = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", null)) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          String name = rs.getString("TABLE_NAME");
          String type = rs.getString("TABLE_TYPE");
          String lower = name.toLowerCase(Locale.ROOT);
          if (schema == null || type == null || !type.toUpperCase(Locale.ROOT).contains("TABLE")
              || type.toUpperCase(Locale.ROOT).contains("SYSTEM") || lower.equals("flyway_schema_history")) {
            continue;
          }
          String s = schema.toLowerCase(Locale.ROOT);
          if (s.equals("qyzmet") || (s.equals("public") && lower.startsWith("act_"))) {
            tables.add(new String[] {schema, name});
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String[] table : tables) {
          try (ResultSet rs = statement.executeQuery(
              "select count(*) from \"" + table[0] + "\".\"" + table[1] + "\"")) {
            rs.next();
            counts.merge(table[1].toLowerCase(Locale.ROOT), rs.getLong(1), Long::sum);
          }
        }
      }
    }
    assertThat(counts).as("tables counted").containsKeys("act_hi_procinst", "case_fact");
    return counts;
  }
}
