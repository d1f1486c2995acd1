package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Qyzmet's indexes on the engine's tables (the task lists' authorization join, the job acquisition) exist once the
 * engine has started (H2 by default, PostgreSQL in the postgres suite); a second start (another node, a restart)
 * leaves them as they are, and one that was dropped is created again at the next start.
 */
@QyzmetTest
class EngineIndexesTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired EngineIndexes indexes;

  @Test
  void theEngineStartsWithEveryIndexAndRecreatesADroppedOne() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertAllExist(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP INDEX QYZMET_IDX_AUTH_USER_ID");
        statement.execute("DROP INDEX QYZMET_IDX_JOB_DUEDATE");
      }
      assertThat(EngineIndexes.exists(connection, EngineIndexes.INDEXES.get(0))).isFalse();
      assertThat(EngineIndexes.exists(connection, EngineIndexes.INDEXES.get(1))).isFalse();
    }
    indexes.postProcessEngineBuild(engine);
    indexes.postProcessEngineBuild(engine); // a second start changes nothing and does not fail
    try (Connection connection = dataSource.getConnection()) {
      assertAllExist(connection);
    }
  }

  private static void assertAllExist(Connection connection) throws Exception {
    for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
      assertThat(EngineIndexes.exists(connection, index)).as(index.name()).isTrue();
    }
  }
}
