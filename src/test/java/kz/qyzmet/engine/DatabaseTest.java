package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The suite really runs on the database its profile names: H2 by default, PostgreSQL with -Ppostgres-tests. */
@QyzmetTest
class DatabaseTest {

  @Autowired ProcessEngine engine;
  @Autowired Environment environment;

  @Test
  void theEngineRunsOnTheDatabaseOfTheProfile() {
    boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
    String type = engine.getProcessEngineConfiguration().getDatabaseType();
    assertThat(type).isEqualTo(postgres ? "postgres" : "h2");
    assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
  }
}
