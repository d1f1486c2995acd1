package kz.qyzmet.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for queries Qyzmet's load makes heavy. The engine's own scripts create and upgrade
 * its tables; these indexes have their own names ({@code QYZMET_IDX_...}), do not change them and are created after
 * the engine built its schema, if missing (H2 and PostgreSQL both know {@code CREATE INDEX IF NOT EXISTS}):
 * <ul>
 *   <li>{@code ACT_RU_AUTHORIZATION(USER_ID_)}: with authorizations on, every task query (Tasklist's filters,
 *       {@code /engine-rest/task}) joins the authorization rows of the user <em>or</em> her groups ({@code A.USER_ID_
 *       in (?, '*') OR A.GROUP_ID_ in (...)}). The engine indexes {@code GROUP_ID_} but not {@code USER_ID_} (only as
 *       the second column of a unique constraint led by {@code TYPE_}), so PostgreSQL read the whole table, one GRANT
 *       per open task and candidate group: a clerk's first page at 100,000 open cases took 58 ms without it and 13-15
 *       ms with it.
 *   <li>{@code ACT_RU_JOB(DUEDATE_)} and {@code ACT_RU_JOB(LOCK_EXP_TIME_)}: the job acquisition asks for jobs that are
 *       due ({@code DUEDATE_ is null or DUEDATE_ <= now}), not locked, and whose process instance has no exclusive job
 *       locked by anyone ({@code J2.LOCK_EXP_TIME_ >= now}). Every open case keeps one or two deadline timers, most of
 *       them weeks ahead, and while a burst of timers drains the acquisition runs about once per fired timer: with
 *       200,000 jobs one acquisition took 66-212 ms without them, 0.3-0.6 ms with them (issue 21, point 3).
 * </ul>
 * The figures are in the README (Benchmarks).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  /** An index of Qyzmet's on one column of an engine table. */
  record Index(String name, String table, String column) {}

  static final List<Index> INDEXES = List.of(
      new Index("QYZMET_IDX_AUTH_USER_ID", "ACT_RU_AUTHORIZATION", "USER_ID_"),
      new Index("QYZMET_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"),
      new Index("QYZMET_IDX_JOB_LOCK_EXP", "ACT_RU_JOB", "LOCK_EXP_TIME_"));
  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private DataSource dataSource;
  private String tablePrefix = "";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.dataSource = configuration.getDataSource();
    this.tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    for (Index index : INDEXES) {
      try (Connection connection = dataSource.getConnection()) {
        if (exists(connection, index)) {
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + tablePrefix + index.table() + "("
              + index.column() + ")");
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        LOG.info("Created index {} on {}({})", index.name(), index.table(), index.column());
      } catch (SQLException e) {
        // Another node creating it at the same moment, or a database user without the right to: the engine works
        // without it, only slower.
        LOG.warn("Index {} on {}({}) not created: {}", index.name(), index.table(), index.column(), e.getMessage());
      }
    }
  }

  /** Whether the index exists, in whatever case the database stores names. */
  static boolean exists(Connection connection, Index index) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : new String[] {index.table(), index.table().toLowerCase(Locale.ROOT)}) {
      try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, true)) {
        while (indexes.next()) {
          String name = indexes.getString("INDEX_NAME");
          if (name != null && name.toUpperCase(Locale.ROOT).equals(index.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
