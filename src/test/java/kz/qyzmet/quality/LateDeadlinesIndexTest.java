package kz.qyzmet.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On PostgreSQL the timeliness indicator's question "did any deadline of this case run out or end late?" is answered
 * from the partial index of late deadlines (db/postgresql/V6): the index's predicate must keep matching the query's,
 * or a region's year of facts is read deadline by deadline again (README, Benchmarks).
 */
@QyzmetTest
@Tag("postgres-only")
class LateDeadlinesIndexTest {

  @Autowired DataSource dataSource;

  @Test
  void theTimelinessQuestionIsAnsweredFromTheIndexOfLateDeadlines() throws Exception {
    List<String> plan = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      // the test database holds a handful of facts, where a sequential scan is cheapest: plan as for a year of them
      statement.execute("set local enable_seqscan = off");
      try (ResultSet rows = statement.executeQuery("explain select c.business_key from " + CaseFacts.CASES
          + " c where not exists (" + Indicators.LATE_DEADLINE + ")")) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
      connection.rollback();
    }
    assertThat(String.join("\n", plan)).contains("case_deadline_late");
  }
}
