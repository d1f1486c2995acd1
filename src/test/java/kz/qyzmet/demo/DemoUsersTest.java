package kz.qyzmet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.directory.OfficeRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default profile has demo clerks of real offices in two regions, each in her office's group, who can work in
 * Tasklist; heads and the manager also open Cockpit.
 */
@QyzmetTest
@Tag("embedded-only")
class DemoUsersTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void everyRoleOfTheProcessesHasADemoClerkInHerOfficeGroupWithTasklistAccess() {
    assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::role).contains(
        OfficeRole.pscOperator, OfficeRole.pscHead, OfficeRole.branchSpecialist, OfficeRole.branchHead,
        OfficeRole.msePanel, OfficeRole.employmentSpecialist, OfficeRole.akim);
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      assertThat(demo.id()).matches("[a-zA-Z0-9]+");
      assertThat(engine.getIdentityService().checkPassword(demo.id(), "demo")).as(demo.id()).isTrue();
      List<Group> groups = engine.getIdentityService().createGroupQuery().groupMember(demo.id()).list();
      assertThat(groups).as(demo.id()).extracting(Group::getId).containsExactly(demo.group());
      List<String> groupIds = List.of(demo.group());
      assertThat(engine.getAuthorizationService().isUserAuthorized(demo.id(), groupIds, Permissions.ACCESS,
          Resources.APPLICATION, "tasklist")).as(demo.id()).isTrue();
      assertThat(engine.getAuthorizationService().isUserAuthorized(demo.id(), groupIds, Permissions.ACCESS,
          Resources.APPLICATION, "cockpit")).as(demo.id()).isEqualTo(demo.manager());
    }
  }

  @Test
  void theClerksSitInOfficesOfAktobeRegionAndAlmatyCity() {
    assertThat(DemoUsers.USERS).filteredOn(u -> u.officeId() != null)
        .allSatisfy(u -> assertThat(u.officeId()).matches(".*-(aktobe|almaty)(-\\d\\d)?"));
    assertThat(DemoUsers.USERS).extracting(DemoUsers.DemoUser::group)
        .contains("psc-aktobe-01.pscOperator", "psc-aktobe-05.pscOperator", "psc-almaty-02.pscOperator",
            "psc-almaty-04.pscOperator", "pension-aktobe-12.branchSpecialist", "manager");
    Group khromtau = engine.getIdentityService().createGroupQuery().groupId("psc-aktobe-05.pscOperator")
        .singleResult();
    assertThat(khromtau.getName()).isEqualTo("Хромтау аудандық бөлім — ХҚО операторы");
  }

  @Test
  void anOperatorLogsInToTasklistButNotToCockpit() {
    assertThat(new Http(port).webappLogin("tasklist", "khromtauoperator", "demo").statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", "khromtauoperator", "demo").statusCode()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("cockpit", "aktobepschead", "demo").statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", "manager", "demo").statusCode()).isEqualTo(200);
  }
}
