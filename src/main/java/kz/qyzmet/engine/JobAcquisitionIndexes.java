package kz.qyzmet.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes the engine's schema lacks for its job acquisition: {@code ACT_RU_JOB(DUEDATE_)} and
 * {@code ACT_RU_JOB(LOCK_EXP_TIME_)} (issue 21, point 3: a burst of deadline timers).
 *
 * <p>The acquisition asks for jobs that are due ({@code DUEDATE_ is null or DUEDATE_ <= now}), not locked, and whose
 * process instance has no exclusive job locked by anyone ({@code not exists (... J2.LOCK_OWNER_ is not null and
 * J2.LOCK_EXP_TIME_ >= now)}). Without these indexes PostgreSQL reads the whole job table for both: every open case
 * keeps one or two deadline timers there, most of them weeks ahead. While a burst drains, the acquisition runs about
 * once per fired timer (it refills the job executor's queue as threads free slots, one or two jobs a query): with
 * 200,000 jobs of which 2,000 were due, one acquisition took 66-212 ms, with the indexes 0.3-0.6 ms ({@code EXPLAIN
 * ANALYZE}, README, Benchmarks). Created like {@link AuthorizationUserIndex}: own names, after the engine built its
 * schema, if missing; the engine's tables and scripts are otherwise untouched.
 */
@Component
public class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

  /** Index name -> indexed column of ACT_RU_JOB. */
  static final Map<String, String> INDEXES =
      Map.of("QYZMET_IDX_JOB_DUEDATE", "DUEDATE_", "QYZMET_IDX_JOB_LOCK_EXP", "LOCK_EXP_TIME_");
  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

  private DataSource dataSource;
  private String tablePrefix = "";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.dataSource = configuration.getDataSource();
    this.tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    INDEXES.forEach((index, column) -> {
      try (Connection connection = dataSource.getConnection()) {
        if (exists(connection, index)) {
          return;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + tablePrefix + "ACT_RU_JOB(" + column + ")");
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        LOG.info("Created index {} on ACT_RU_JOB({})", index, column);
      } catch (SQLException e) {
        // Another node creating it at the same moment, or a database user without the right to: the engine works
        // without it, only the acquisition reads the whole job table.
        LOG.warn("Index {} on ACT_RU_JOB({}) not created: {}", index, column, e.getMessage());
      }
    });
  }

  /** Whether the index exists, in whatever case the database stores names. */
  static boolean exists(Connection connection, String index) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
      try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, true)) {
        while (indexes.next()) {
          String name = indexes.getString("INDEX_NAME");
          if (name != null && name.toUpperCase(Locale.ROOT).equals(index)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
