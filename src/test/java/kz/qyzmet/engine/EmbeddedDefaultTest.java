package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;

/** Without any configuration Qyzmet runs on an H2 file database under ./data/, as the README promises. */
@Tag("embedded-only")
class EmbeddedDefaultTest {

  @Test
  void theDefaultDatabaseIsAnH2FileUnderData() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    ConfigDataEnvironmentPostProcessor.applyTo(environment);

    assertThat(environment.getActiveProfiles()).isEmpty();
    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/qyzmet");
    assertThat(environment.getProperty("camunda.bpm.history-level")).isEqualTo("full");
  }
}
