package kz.qyzmet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.Http;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.demo.DemoUsers;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, point 6, with the demo users of the default profile: heads and the manager open Cockpit's Human Tasks page
 * (the load per group) within their scope; the people who only read in Cockpit (the manager, a regional body, an
 * office head) hold no permission that changes a case, and the engine refuses them every change Cockpit's buttons
 * would send (403); Cockpit loads the script that hides those buttons from them.
 */
@QyzmetTest
@Tag("embedded-only")
class ReadOnlyCockpitTest {

  static final String PASSWORD = "demo";
  static final String ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @RegisterExtension final CaseDriver cases = CaseDriver.forStandard("S01");
  final HttpClient client = HttpClient.newHttpClient();

  private String khromtauCase;

  @BeforeEach
  void casesOfKhromtauAndAlmaly() throws Exception {
    for (String[] place : new String[][] {{"Ақтөбе облысы", "Хромтау"}, {"Алматы қаласы", "Алмалы"}}) {
      String key = cases.apply("""
          {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "Оқырманов", "name": "Айбек",
           "phone": "+7 701 000 00 00", "address": "Абай көшесі 5", "region": "%s", "district": "%s"},
           "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
          .formatted(place[0], place[1])).path("businessKey").asText();
      if (place[1].equals("Хромтау")) {
        khromtauCase = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .processDefinitionKey("S01").singleResult().getId();
      }
    }
  }

  @Test
  void aHeadAndTheManagerOpenTheHumanTasksPageForTheirScope() throws Exception {
    Http head = new Http(port);
    assertThat(head.webappLogin("cockpit", "khromtaupschead", PASSWORD).statusCode()).isEqualTo(200);
    var report = head.get(ENGINE + "/task/report/candidate-group-count");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    List<String> headGroups = Json.read(report.body()).findValuesAsText("groupName");
    assertThat(headGroups).contains("psc-aktobe-05.pscOperator")
        .allSatisfy(group -> assertThat(group).startsWith("psc-aktobe-05."));
    // the page's other figures: the engine's task counts, scoped by the engine itself
    assertThat(head.get(ENGINE + "/history/task/count?unfinished=true&assigned=true").statusCode()).isEqualTo(200);

    Http manager = new Http(port);
    assertThat(manager.webappLogin("cockpit", "manager", PASSWORD).statusCode()).isEqualTo(200);
    var all = manager.get(ENGINE + "/task/report/candidate-group-count");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    assertThat(Json.read(all.body()).findValuesAsText("groupName"))
        .contains("psc-aktobe-05.pscOperator", "psc-almaty-02.pscOperator");
  }

  /** Those who only read in Cockpit: the manager, a regional body (CCSP of Aktobe region), an office head. */
  static final List<String> READERS = List.of("manager", "aktobeccsp", "khromtaupschead");

  @Test
  void whoOnlyReadsGetsForbiddenOnEveryChangeCockpitWouldSend() throws Exception {
    String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(khromtauCase)
        .singleResult().getProcessDefinitionId();
    for (String reader : READERS) {
      assertThat(send("GET", "/engine-rest/process-instance/" + khromtauCase, null, reader).statusCode())
          .as(reader + " reads the case").isEqualTo(200);
      List<String> allowed = new ArrayList<>();
      String[][] changes = {
          // a variable the intake did not record (those are refused to everyone: EngineVariableGuard)
          {"PUT", "/engine-rest/process-instance/" + khromtauCase + "/variables/readerNote",
              "{\"value\": \"+7 700 000 00 00\", \"type\": \"String\"}"},
          {"DELETE", "/engine-rest/process-instance/" + khromtauCase + "/variables/readerNote", null},
          {"POST", "/engine-rest/process-instance/" + khromtauCase + "/variables",
              "{\"modifications\": {\"readerNote\": {\"value\": \"+7 700 000 00 00\"}}}"},
          {"PUT", "/engine-rest/process-instance/" + khromtauCase + "/suspended", "{\"suspended\": true}"},
          {"DELETE", "/engine-rest/process-instance/" + khromtauCase, null},
          {"PUT", "/engine-rest/process-definition/" + definition + "/suspended",
              "{\"suspended\": true, \"includeProcessInstances\": true}"},
          {"DELETE", "/engine-rest/process-definition/" + definition, null}};
      for (String[] change : changes) {
        var response = send(change[0], change[1], change[2], reader);
        if (response.statusCode() != 403) {
          allowed.add(change[0] + " " + change[1] + " -> " + response.statusCode() + " " + response.body());
        }
      }
      assertThat(allowed).as(reader + ": changes not refused with 403").isEmpty();
    }
    assertThat(engine.getRuntimeService().getVariable(khromtauCase, "readerNote")).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(khromtauCase)
        .singleResult().isSuspended()).isFalse();
  }

  @Test
  void theAuthorizationsGiveNoCockpitUserButTheAdministratorsAPermissionThatChanges() {
    List<Permission[]> none = List.of(new Permission[] {ProcessInstancePermissions.UPDATE,
        ProcessInstancePermissions.DELETE, ProcessInstancePermissions.UPDATE_VARIABLE,
        ProcessInstancePermissions.SUSPEND, ProcessInstancePermissions.RETRY_JOB},
        new Permission[] {ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.SUSPEND,
            ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
            ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.DELETE_HISTORY,
            ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.UPDATE_HISTORY});
    List<Resource> resources = List.of(Resources.PROCESS_INSTANCE, Resources.PROCESS_DEFINITION);
    List<String> cockpitUsers = DemoUsers.USERS.stream().filter(DemoUsers.DemoUser::manager)
        .map(DemoUsers.DemoUser::id).toList();
    assertThat(cockpitUsers).contains("manager", "aktobeccsp", "khromtaupschead");
    var authorizations = engine.getAuthorizationService();
    List<String> granted = new ArrayList<>();
    for (String user : cockpitUsers) {
      assertThat(authorizations.isUserAuthorized(user, groups(user), Permissions.ACCESS, Resources.APPLICATION,
          "cockpit")).as(user + " opens Cockpit").isTrue();
      for (int i = 0; i < resources.size(); i++) {
        for (Permission permission : none.get(i)) {
          for (String id : new String[] {"*", khromtauCase, "S01"}) {
            if ((resources.get(i) == Resources.PROCESS_INSTANCE) == id.equals("S01")) {
              continue; // an instance by its id, a definition by its key
            }
            if (authorizations.isUserAuthorized(user, groups(user), permission, resources.get(i), id)) {
              granted.add(user + ": " + permission.getName() + " on " + resources.get(i).resourceName() + " " + id);
            }
          }
        }
      }
    }
    assertThat(granted).as("permissions that change a case").isEmpty();
    // the check can find such a permission: the administrator has it
    assertThat(authorizations.isUserAuthorized(QyzmetTest.ADMIN, groups(QyzmetTest.ADMIN),
        ProcessInstancePermissions.UPDATE_VARIABLE, Resources.PROCESS_INSTANCE, khromtauCase)).isTrue();
  }

  @Test
  void cockpitLoadsTheScriptThatHidesTheButtonsFromWhoOnlyReads() {
    assertThat(served("/camunda/app/cockpit/scripts/config.js")).contains("'scripts/qyzmet/read-only.js'");
    assertThat(served("/camunda/app/cockpit/scripts/qyzmet/read-only.js"))
        .contains("/authorization/check?permissionName=UPDATE").contains(".ctn-toolbar")
        .contains("td.actions").contains("export default");
  }

  /** A file Cockpit loads, as a browser gets it (200). */
  private String served(String path) {
    var response = new Http(port).get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private List<String> groups(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
  }

  private HttpResponse<String> send(String method, String path, String body, String user)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, PASSWORD)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
