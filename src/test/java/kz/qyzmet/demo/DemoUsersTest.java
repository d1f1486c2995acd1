package kz.qyzmet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default profile has a demo user for every role, who can work in Tasklist; managers also open Cockpit. */
@QyzmetTest
@Tag("embedded-only")
class DemoUsersTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void everyRoleHasADemoUserWithTasklistAccess() {
    assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::role).contains(
        "pscOperator", "pscHead", "branchSpecialist", "branchHead", "msePanel", "employmentSpecialist", "akim");
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(engine.getIdentityService().checkPassword(demo.id(), "demo")).as(demo.id()).isTrue();
      List<String> groups = List.of(demo.role());
      assertThat(engine.getIdentityService().createUserQuery().userId(demo.id()).memberOfGroup(demo.role()).count())
          .as(demo.id()).isEqualTo(1);
      assertThat(engine.getAuthorizationService().isUserAuthorized(demo.id(), groups, Permissions.ACCESS,
          Resources.APPLICATION, "tasklist")).as(demo.id()).isTrue();
      assertThat(engine.getAuthorizationService().isUserAuthorized(demo.id(), groups, Permissions.ACCESS,
          Resources.APPLICATION, "cockpit")).as(demo.id()).isEqualTo(demo.manager());
    }
  }

  @Test
  void anOperatorLogsInToTasklistButNotToCockpit() {
    assertThat(new Http(port).webappLogin("tasklist", "operator", "demo").statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", "operator", "demo").statusCode()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("cockpit", "manager", "demo").statusCode()).isEqualTo(200);
  }
}
