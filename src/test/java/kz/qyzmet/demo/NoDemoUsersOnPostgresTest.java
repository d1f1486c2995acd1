package kz.qyzmet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production profile creates no demo user: nobody can log in with the demo password. */
@QyzmetTest
@Tag("postgres-only")
class NoDemoUsersOnPostgresTest {

  @Autowired ProcessEngine engine;

  @Test
  void noDemoUserExists() {
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(engine.getIdentityService().createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero();
    }
  }
}
