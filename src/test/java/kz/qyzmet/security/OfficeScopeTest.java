package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.demo.DemoUsers;
import kz.qyzmet.directory.OfficeRouter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Office scope: every demo role against every office's case, its task and its history. A clerk or head reads the
 * cases her office worked on (the status of the intake API, the engine's runtime and history REST API), a regional
 * body the cases of its region, only the manager the whole country; a task is seen by its candidate group (and the
 * manager). Runs on both databases: where the demo users are off (PostgreSQL), the test gives the same people the
 * same group memberships.
 */
@QyzmetTest
class OfficeScopeTest {

  static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired OfficeRouter offices;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void demoPeople() {
    kz.qyzmet.demo.DemoPeople.ensure(engine);
  }

  private String apply(String region, String district) throws Exception {
    var response = new Http(port).postJson("/api/applications", """
        {"standard": "S01", "channel": "psc",
         "applicant": {"iin": "900515300018", "surname": "Серікова", "name": "Айгүл", "phone": "+7 701 000 00 00",
                       "address": "Абай көшесі 1", "region": "%s", "district": "%s"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
        .formatted(region, district), QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String key = json.readTree(response.body()).path("businessKey").asText();
    // The centre hands the documents over: the branch's task is created.
    Task handover = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_HandOverToBranch").singleResult();
    engine.getTaskService().complete(handover.getId(),
        Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    return key;
  }

  /** The offices that worked on the case: the intake office and every office whose group was a task's candidate. */
  private Set<String> officesOf(String key) {
    Set<String> result = new HashSet<>();
    var history = engine.getHistoryService();
    var instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list();
    for (var instance : instances) {
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
          .processDefinitionId(instance.getProcessDefinitionId()).list()) {
        if (link.getGroupId() != null && link.getGroupId().contains(".")
            && history.createHistoricTaskInstanceQuery().taskId(link.getTaskId()).processInstanceId(instance.getId())
            .count() > 0) {
          result.add(link.getGroupId().substring(0, link.getGroupId().lastIndexOf('.')));
        }
      }
    }
    result.add((String) history.createHistoricVariableInstanceQuery().processInstanceId(instances.stream()
        .filter(i -> i.getProcessDefinitionKey().equals("S01")).findFirst().orElseThrow().getId())
        .variableName("intakeOfficeId").singleResult().getValue());
    return result;
  }

  private boolean mayRead(DemoUsers.DemoUser user, Set<String> caseOffices) {
    if (user.officeId() == null) {
      // national people: those with the managers' group (the manager, the Ministry's complaints head, the centres'
      // enterprise head) watch every case; the Ministry's complaint clerk (no office either) reads complaints only
      return user.manager();
    }
    if (caseOffices.contains(user.officeId())) {
      return true;
    }
    var own = offices.find(user.officeId()).orElseThrow();
    return Set.of("ccspBody", "regionalEmploymentDept", "regionalAkimat").contains(own.kind().name())
        && caseOffices.stream().map(id -> offices.find(id).orElseThrow().region()).anyMatch(own.region()::equals);
  }

  private int count(String path, String user) throws Exception {
    var response = new Http(port).get(path, user, PASSWORD);
    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body()).size();
  }

  @Test
  void everyDemoRoleReadsTheCasesOfItsOfficeOrRegionAndNoOther() throws Exception {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("Aktobe", apply("Ақтөбе облысы", "Ақтөбе"));
    cases.put("Khromtau", apply("Ақтөбе облысы", "Хромтау"));
    cases.put("Almaly", apply("Алматы қаласы", "Алмалы"));
    int readable = 0;
    int refused = 0;
    for (var entry : cases.entrySet()) {
      String key = entry.getValue();
      Set<String> caseOffices = officesOf(key);
      String root = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
          .processInstanceBusinessKey(key).singleResult().getId();
      Task waiting = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
      Set<String> candidates = new HashSet<>();
      engine.getTaskService().getIdentityLinksForTask(waiting.getId())
          .forEach(link -> candidates.add(link.getGroupId()));
      for (DemoUsers.DemoUser user : DemoUsers.USERS) {
        boolean may = mayRead(user, caseOffices);
        String who = user.id() + " on " + entry.getKey() + " " + caseOffices;
        var status = new Http(port).get("/api/applications/" + key, user.id(), PASSWORD);
        assertThat(status.statusCode()).as(who + " status").isEqualTo(may ? 200 : 404);
        assertThat(count("/engine-rest/history/process-instance?processInstanceBusinessKey=" + key, user.id()) > 0)
            .as(who + " history").isEqualTo(may);
        int variables = count("/engine-rest/history/variable-instance?processInstanceId=" + root, user.id());
        assertThat(variables > 0).as(who + " historic variables (IIN and name among them)").isEqualTo(may);
        assertThat(count("/engine-rest/process-instance?businessKey=" + key, user.id()) > 0)
            .as(who + " runtime").isEqualTo(may);
        boolean candidate = (user.officeId() == null && user.manager()) || candidates.contains(user.group());
        assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, user.id()))
            .as(who + " task").isEqualTo(candidate ? 1 : 0);
        if (may) {
          readable++;
        } else {
          refused++;
        }
      }
    }
    // The walk covered both answers: e.g. Khromtau's centre reads its case and not Aktobe's.
    assertThat(readable).isGreaterThan(6);
    assertThat(refused).isGreaterThan(20);
  }

  @Test
  void theHeadOfAktobeCentreDoesNotReadKhromtausCasesButAClerkReadsHerOwnOfficesStatus() throws Exception {
    String khromtau = apply("Ақтөбе облысы", "Хромтау");
    String aktobe = apply("Ақтөбе облысы", "Ақтөбе");
    assertThat(new Http(port).get("/api/applications/" + khromtau, "aktobepschead", PASSWORD).statusCode())
        .isEqualTo(404);
    // The history REST API hands her the IINs of her own centre's applicants only.
    var iins = json.readTree(new Http(port).get("/engine-rest/history/variable-instance?variableName=applicantIin",
        "aktobepschead", PASSWORD).body());
    Set<String> instances = new HashSet<>(iins.findValuesAsText("processInstanceId"));
    assertThat(instances).contains(root(aktobe)).doesNotContain(root(khromtau));
    var own = new Http(port).get("/api/applications/" + khromtau, "khromtauoperator", PASSWORD);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(json.readTree(own.body()).path("status").asText()).isEqualTo("inProgress");
    assertThat(new Http(port).get("/api/applications/" + aktobe, "aktobepschead", PASSWORD).statusCode())
        .isEqualTo(200);
  }

  private String root(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .processInstanceBusinessKey(key).singleResult().getId();
  }
}
