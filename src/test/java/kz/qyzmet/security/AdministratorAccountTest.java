package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;

@QyzmetTest
class AdministratorAccountTest {

  @Autowired ProcessEngine engine;
  @Autowired AdministratorAccount account;

  @Test
  void theAdministratorExistsAndIsACamundaAdmin() {
    assertThat(engine.getIdentityService().checkPassword(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().userId(QyzmetTest.ADMIN)
        .memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
  }

  @Test
  void aStartResetsAChangedPasswordToTheConfiguredOne() {
    User admin = admin();
    admin.setPassword("forgotten-" + System.nanoTime());
    engine.getIdentityService().saveUser(admin);
    assertThat(AdministratorAccount.hasPassword(engine, admin(), QyzmetTest.ADMIN_PASSWORD)).isFalse();

    account.postProcessEngineBuild(engine); // what every start does

    assertThat(AdministratorAccount.hasPassword(engine, admin(), QyzmetTest.ADMIN_PASSWORD)).isTrue();
    assertThat(engine.getIdentityService().checkPassword(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)).isTrue();
  }

  private User admin() {
    return engine.getIdentityService().createUserQuery().userId(QyzmetTest.ADMIN).singleResult();
  }

  @Test
  void startupWithoutAnAdministratorPasswordStopsAndSaysWhatToSet() {
    // Command-line arguments outrank the environment, so this holds even where CI sets QYZMET_ADMIN_PASSWORD.
    assertThatThrownBy(() -> new SpringApplicationBuilder(QyzmetApplication.class)
            .profiles("postgres")
            .run("--server.port=0", "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=no-admin",
                "--qyzmet.administrator.user=chief", "--qyzmet.administrator.password="))
        .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
            .isInstanceOf(MissingAdministratorException.class)
            .hasMessageContaining("QYZMET_ADMIN_PASSWORD"));
  }

  @Test
  void theFailureReportNamesBothVariables() {
    var analysis = new MissingAdministratorFailureAnalyzer()
        .analyze(new MissingAdministratorException("QYZMET_ADMIN_USER"));
    assertThat(analysis.getDescription()).contains("QYZMET_ADMIN_USER is not set");
    assertThat(analysis.getAction()).contains("QYZMET_ADMIN_USER", "QYZMET_ADMIN_PASSWORD", "'postgres' profile");
  }

  @Test
  void onlyTheDefaultProfileHasFallbacks() {
    assertThat(configuration().getProperty("qyzmet.administrator.password")).isEqualTo("admin");
    assertThat(configuration().getProperty("qyzmet.demo-users.enabled")).isEqualTo("true");

    assertThat(configuration("postgres").getProperty("qyzmet.administrator.password")).isEmpty();
    assertThat(configuration("postgres").getProperty("qyzmet.administrator.user")).isEmpty();
    assertThat(configuration("postgres").getProperty("qyzmet.demo-users.enabled")).isEqualTo("false");
  }

  /** The configuration files alone, for the given profiles, without this machine's environment. */
  private static StandardEnvironment configuration(String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.setActiveProfiles(profiles);
    ConfigDataEnvironmentPostProcessor.applyTo(environment);
    return environment;
  }
}
