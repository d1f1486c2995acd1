package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.forms.DirectoryListsInForms;
import org.camunda.bpm.engine.ProcessEngine;
import kz.qyzmet.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, point 4: a region or district that is not in the directory cannot be stored, whichever way it comes in:
 * the intake API, the Tasklist start form (submit-form, as Tasklist sends it), the engine's REST start, a complaint, a
 * mobile centre's visit. The refusal names the field; nothing starts. What is stored is the directory's spelling. The
 * start forms are served with the directory's lists.
 */
@QyzmetTest
class AddressFromDirectoryTest {

  /** A clerk of the Хромтау centre. */
  @RegisterExtension final TestUser clerk = TestUser.of("addressclerk", "Address-clerk-1", "psc-aktobe-05.pscOperator");
  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  private static String application(String surname, String region, String district, String officeId) {
    return """
        {"standard": "S01", "channel": "psc", %s
         "applicant": {"iin": "900515300018", "surname": "%s", "name": "Айбек", "phone": "+7 701 000 00 00",
                       "address": "Абай көшесі 5", "region": "%s", "district": "%s"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
        .formatted(officeId == null ? "" : "\"officeId\": \"" + officeId + "\",", surname, region, district);
  }

  /** S01's start form as Tasklist submits it. */
  private static String startForm(String surname, String region, String district) {
    return "{\"variables\": " + S01AtKhromtau.rest(S01AtKhromtau.startVariables(Map.of("applicantSurname", surname,
        "applicantName", "Айгүл", "applicantAddress", "Абай көшесі 1", "region", region, "district", district))) + "}";
  }

  private long casesOf(String surname) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("applicantSurname")
        .variableValueEquals("applicantSurname", surname).count();
  }

  private String storedDistrict(String surname) {
    // the case, whose building blocks hold their own copy of the applicant's name
    var instance = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("applicantSurname")
        .variableValueEquals("applicantSurname", surname).list().stream().map(v -> v.getRootProcessInstanceId())
        .distinct().reduce((a, b) -> {
          throw new AssertionError("several cases of " + surname);
        }).orElseThrow();
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("district").singleResult().getValue();
  }

  @Test
  void theIntakeApiRefusesADistrictNotInTheDirectoryNamingTheFieldAndStoresTheDirectorysSpelling()
      throws Exception {
    // "Хромт" is the start of "Хромтау": the router's prefix rule would have taken it and stored it misspelt
    for (String[] wrong : new String[][] {{"Ақтөбе облысы", "Хромт", null}, {"Ақтөбе облысы", "Алмалы", null},
        {"Ақтөбе облысы", "Хромт", "psc-aktobe-05"}}) {
      var refused = clerk.post("/api/applications", application("Мекенжайсыз", wrong[0], wrong[1], wrong[2]));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
      JsonNode problem = json.readTree(refused.body());
      assertThat(problem.path("errors").findValuesAsText("field") + problem.path("field").asText())
          .contains("applicant.district");
      assertThat(refused.body()).doesNotContain(wrong[1] + "\"").contains("Ақтөбе облысы");
    }
    var region = clerk.post("/api/applications", application("Мекенжайсыз", "Ақтөбе обл", "Хромтау", null));
    assertThat(region.statusCode()).isEqualTo(400);
    assertThat(json.readTree(region.body()).path("errors").findValuesAsText("field") + json.readTree(region.body())
        .path("field").asText()).contains("applicant.region");
    assertThat(casesOf("Мекенжайсыз")).isZero();

    var accepted = clerk.post("/api/applications", application("Мекенжайлы", "150000000", "хромтау ауданы", null));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(storedDistrict("Мекенжайлы")).isEqualTo("Хромтау");
  }

  @Test
  void theStartFormAndTheEngineRestStartRefuseADistrictNotInTheDirectory() throws Exception {
    for (String path : new String[] {"/engine-rest/process-definition/key/S01/submit-form",
        "/engine-rest/process-definition/key/S01/start"}) {
      var refused = clerk.post(path, startForm("Тізімсіз", "Ақтөбе облысы", "Хромтаy")); // a Latin "y"
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("district");
    }
    assertThat(casesOf("Тізімсіз")).isZero();

    var started = clerk.post("/engine-rest/process-definition/key/S01/submit-form",
        startForm("Тізімдегі", "Ақтөбе облысы", "Хромтау ауданы"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(storedDistrict("Тізімдегі")).isEqualTo("Хромтау");
  }

  @Test
  void aComplaintAndAMobileCentresVisitTakeOnlyTheDirectorysDistricts() throws Exception {
    var complaint = new Http(port).postJson("/api/complaints", """
        {"complainant": {"surname": "Сейтқали", "name": "Айбек", "postalAddress": "030000, Хромтау, Абай көшесі 5",
                         "phone": "+7 701 000 00 00"},
         "channel": "complaintsBox", "concerns": "action", "subject": "Бөлімше", "reason": "Кезек",
         "demand": "Шара", "signed": true, "region": "Ақтөбе облысы", "district": "Хромтауу"}""",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(400);
    JsonNode problem = json.readTree(complaint.body());
    assertThat(problem.path("errors").findValuesAsText("field") + problem.path("field").asText())
        .contains("district");

    var visit = new Http(port).postJson("/engine-rest/process-definition/key/mobile-psc-visit/submit-form", """
        {"variables": {"mobilePscSettlement": {"value": "Тассай"}, "region": {"value": "Ақтөбе облысы"},
                       "district": {"value": "Хромт"}, "mobilePscArrivedAt": {"value": "2026-11-20T09:30+05:00"}}}""",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(visit.statusCode()).as(visit.body()).isEqualTo(400);
    assertThat(visit.body()).contains("district");
  }

  @Test
  void aCasesRegionAndDistrictAreNotRewrittenThroughTheEngineRestApi() throws Exception {
    var started = clerk.post("/engine-rest/process-definition/key/S01/submit-form",
        startForm("Көшпейтін", "Ақтөбе облысы", "Хромтау"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = json.readTree(started.body()).path("id").asText();
    // the centre's task (in the hand-over building block the case calls)
    String task = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(json.readTree(started.body()).path("businessKey").asText()).singleResult().getId();
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String[][] changes = {
        {"PUT", "/engine-rest/task/" + task + "/variables/district", "{\"value\": \"Алмалы\"}", clerk.id()},
        {"PUT", "/engine-rest/task/" + task + "/localVariables/region", "{\"value\": \"Алматы қаласы\"}",
            clerk.id()},
        {"POST", "/engine-rest/task/" + task + "/variables",
            "{\"modifications\": {\"district\": {\"value\": \"Хромт\"}}}", clerk.id()},
        {"POST", "/engine-rest/task/" + task + "/complete", "{\"variables\": {\"district\": {\"value\": \"Хромт\"}}}",
            clerk.id()},
        {"PUT", "/engine-rest/process-instance/" + instance + "/variables/district", "{\"value\": \"Хромт\"}",
            QyzmetTest.ADMIN},
        {"DELETE", "/engine-rest/process-instance/" + instance + "/variables/region", null, QyzmetTest.ADMIN},
        {"POST", "/engine-rest/process-instance/" + instance + "/variables",
            "{\"deletions\": [\"district\"]}", QyzmetTest.ADMIN}};
    for (String[] change : changes) {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + change[1]))
          .header("Authorization",
              Http.basic(change[3], change[3].equals(clerk.id()) ? clerk.password() : QyzmetTest.ADMIN_PASSWORD))
          .header("Content-Type", "application/json")
          .method(change[0], change[2] == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofString(change[2]));
      var response = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      // refused to everyone, administrators included, as every variable the intake recorded (EngineVariableGuard)
      assertThat(response.statusCode()).as(change[0] + " " + change[1] + ": " + response.body()).isEqualTo(403);
      assertThat(json.readTree(response.body()).path("field").asText()).isIn("region", "district");
    }
    assertThat(engine.getRuntimeService().getVariable(instance, "district")).isEqualTo("Хромтау");
    assertThat(engine.getRuntimeService().getVariable(instance, "region")).isEqualTo("Ақтөбе облысы");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
    // other variables stay the engine's business (the clerk works her task through its form: TASK_WORK; an
    // administrator may set a note)
    var other = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
            + "/engine-rest/task/" + task + "/localVariables/note"))
        .header("Authorization", Http.basic(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\": \"ескерту\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).as(other.body()).isEqualTo(204);
  }

  @Test
  void theStartFormIsServedWithTheDirectorysRegionsAndDistricts() throws Exception {
    String id = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult().getId();
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", clerk.id(), clerk.password()).statusCode()).isEqualTo(200);
    for (HttpResponse<String> served : java.util.List.of(
        clerk.get("/engine-rest/process-definition/" + id + "/deployed-start-form"),
        tasklist.get("/camunda/api/engine/engine/default/process-definition/" + id + "/deployed-start-form"))) {
      assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
      JsonNode form = json.readTree(served.body());
      JsonNode region = form.findParents("key").stream().filter(f -> f.path("key").asText().equals("region"))
          .findFirst().orElseThrow();
      assertThat(region.path("values").findValuesAsText("value")).hasSize(16).contains("Ақтөбе облысы");
      String districts = form.findParents("key").stream().filter(f -> f.path("key").asText().equals("district"))
          .findFirst().orElseThrow().path("valuesExpression").asText();
      assertThat(districts).doesNotContain(DirectoryListsInForms.DISTRICTS)
          .contains("\"Ақтөбе облысы\": [").contains("{label: \"Хромтау\", value: \"Хромтау\"}");
    }
  }
}
