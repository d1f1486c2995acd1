package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Qyzmet's PostgreSQL sessions run the engine's short queries without JIT compilation and without parallel workers
 * (application-postgres.yaml, pgJDBC "options"), whatever the server's defaults say: a parallel plan's worker start
 * cost Tasklist's filter page about 30 ms at 100,000 open cases (README, Benchmarks).
 */
@QyzmetTest
@Tag("postgres-only")
class PostgresSessionSettingsTest {

  @Autowired DataSource dataSource;

  @Test
  void everyPooledSessionRunsWithoutJitAndWithoutParallelWorkers() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
    assertThat(jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
  }
}
