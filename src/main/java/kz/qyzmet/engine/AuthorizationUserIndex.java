package kz.qyzmet.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One index the engine's schema lacks: {@code ACT_RU_AUTHORIZATION(USER_ID_)}.
 *
 * <p>With authorizations on, every task query (Tasklist's filters, {@code /engine-rest/task}) joins the authorization
 * rows of the user <em>or</em> her groups ({@code A.USER_ID_ in (?, '*') OR A.GROUP_ID_ in (...)}). The engine indexes
 * {@code GROUP_ID_} but not {@code USER_ID_} (only as the second column of a unique constraint led by {@code TYPE_}), so
 * PostgreSQL cannot combine the two conditions with index scans and reads the whole table, which holds one GRANT per
 * open task and candidate group: measured on the benchmark's 100,000 open cases, 58 ms for a clerk's first page
 * without this index and 13-15 ms with it (README, Benchmarks). The engine's own scripts create and upgrade its
 * tables; this index has its own name ({@code QYZMET_IDX_AUTH_USER_ID}), does not change them and is created after the
 * engine built its schema, if missing (H2 and PostgreSQL both know {@code CREATE INDEX IF NOT EXISTS}).
 */
@Component
public class AuthorizationUserIndex extends AbstractProcessEnginePlugin {

  static final String INDEX = "QYZMET_IDX_AUTH_USER_ID";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationUserIndex.class);

  private DataSource dataSource;
  private String tablePrefix = "";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.dataSource = configuration.getDataSource();
    this.tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try (Connection connection = dataSource.getConnection()) {
      if (exists(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + tablePrefix
            + "ACT_RU_AUTHORIZATION(USER_ID_)");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      LOG.info("Created index {} on ACT_RU_AUTHORIZATION(USER_ID_)", INDEX);
    } catch (SQLException e) {
      // Another node creating it at the same moment, or a database user without the right to: the engine works
      // without it, only the task lists are slower.
      LOG.warn("Index {} on ACT_RU_AUTHORIZATION(USER_ID_) not created: {}", INDEX, e.getMessage());
    }
  }

  /** Whether the index exists, in whatever case the database stores names. */
  static boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : new String[] {"ACT_RU_AUTHORIZATION", "act_ru_authorization"}) {
      try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, true)) {
        while (indexes.next()) {
          String name = indexes.getString("INDEX_NAME");
          if (name != null && name.toUpperCase(Locale.ROOT).equals(INDEX)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
