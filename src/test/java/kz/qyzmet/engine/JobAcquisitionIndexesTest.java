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
 * The job acquisition's indexes on the due date and the lock expiry exist once the engine has started (H2 by default,
 * PostgreSQL in the postgres suite); one that was dropped is created again at the next start.
 */
@QyzmetTest
class JobAcquisitionIndexesTest {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired JobAcquisitionIndexes indexes;

  @Test
  void theEngineStartsWithBothIndexesAndRecreatesADroppedOne() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      for (String index : JobAcquisitionIndexes.INDEXES.keySet()) {
        assertThat(JobAcquisitionIndexes.exists(connection, index)).as(index).isTrue();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP INDEX QYZMET_IDX_JOB_DUEDATE");
      }
      assertThat(JobAcquisitionIndexes.exists(connection, "QYZMET_IDX_JOB_DUEDATE")).isFalse();
    }
    indexes.postProcessEngineBuild(engine);
    try (Connection connection = dataSource.getConnection()) {
      for (String index : JobAcquisitionIndexes.INDEXES.keySet()) {
        assertThat(JobAcquisitionIndexes.exists(connection, index)).as(index).isTrue();
      }
    }
  }
}
