package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import kz.qyzmet.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intake cannot be skipped: a clerk who starts a standard's case through the engine's REST API (start,
 * submit-form) goes through the same checks as the intake API; what only the intake sets ({@code intakePrepared},
 * the case number) cannot be handed in, the ways round the start listener are closed, and case numbers stay unique per
 * standard.
 */
@QyzmetTest
class EngineRestStartTest {

  static final String OFFICE = "psc-aktobe-01";

  /** A clerk of the Ақтөбе centre. */
  @RegisterExtension final TestUser clerk = TestUser.of("guardclerk", "Guard-clerk-1", OFFICE + ".pscOperator");
  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  /** An S01 application of an applicant of Ақтөбе city (the centre {@link #OFFICE}'s) as start variables. */
  static Map<String, Object> application(String iin, String surname, Map<String, Object> more) {
    Map<String, Object> changes = new HashMap<>(more);
    changes.putAll(Map.of("applicantIin", iin, "applicantSurname", surname, "applicantName", "Айгүл",
        "applicantAddress", "Ақтөбе, Абай даңғылы 1", "district", "Ақтөбе"));
    return S01AtKhromtau.startVariables(changes);
  }

  /** {@link #application} as engine REST variables. */
  static String variables(String iin, String surname, Map<String, Object> more) {
    return S01AtKhromtau.rest(application(iin, surname, more));
  }

  private long cases(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .processInstanceBusinessKey(businessKey).count();
  }

  @Test
  void aCaseClaimingToBePreparedWithItsOwnNumberIsRefusedNamingEachVariableAndNothingStarts() {
    var response = clerk.post("/engine-rest/process-definition/key/S01/start", """
        {"businessKey": "MY-OWN-KEY", "variables": %s}""".formatted(variables("123", "<script>alert(1)</script>",
        Map.of("intakePrepared", true, "intakeOfficeId", "psc-aktobe-05"))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("intakePrepared").contains("intakeOfficeId").contains("businessKey");
    assertThat(cases("MY-OWN-KEY")).isZero();

    // Without the claims the intake's own checks apply: the IIN is named.
    var checked = clerk.post("/engine-rest/process-definition/key/S01/submit-form",
        "{\"variables\": %s}".formatted(variables("123", "Серікова", Map.of())));
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(400);
    assertThat(checked.body()).contains("applicant.iin");
  }

  @Test
  void missingStartVariablesAreNamed() {
    var response = clerk.post("/engine-rest/process-definition/key/S01/start", "{\"variables\": {}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("applicant.iin").contains("applicant.surname").contains("channel");
  }

  @Test
  void aCheckedStartGetsANumberMadeByQyzmetAndTheRoutedOffice() throws Exception {
    var response = clerk.post("/engine-rest/process-definition/key/S01/start",
        "{\"variables\": %s}".formatted(variables("900515300018", "Серікова", Map.of())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode started = json.readTree(response.body());
    String key = started.path("businessKey").asText();
    assertThat(key).matches("S01-\\d{6}-[A-Z0-9]{8}");
    Map<String, Object> variables = engine.getRuntimeService().getVariables(started.path("id").asText());
    assertThat(variables).containsEntry("intakeOfficeId", OFFICE).containsEntry("caseNumber", key)
        .containsEntry("intakePrepared", true).containsEntry("applicantIin", "900515300018");
  }

  @Test
  void anOfficeTheClerkDoesNotWorkInIsRefusedOnEveryWay() throws Exception {
    var rest = clerk.post("/engine-rest/process-definition/key/S01/start", "{\"variables\": %s}".formatted(
        variables("900515300018", "Серікова", Map.of("officeId", "psc-aktobe-05"))));
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
    assertThat(rest.body()).contains("officeId");
    var api = clerk.post("/api/applications", """
        {"standard": "S01", "channel": "psc", "officeId": "psc-aktobe-05",
         "applicant": {"iin": "900515300018", "surname": "Серікова", "name": "Айгүл", "phone": "+7 701 000 00 00",
                       "address": "Ақтөбе, Абай даңғылы 1", "region": "Ақтөбе облысы", "district": "Ақтөбе"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}""");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
    assertThat(json.readTree(api.body()).path("field").asText()).isEqualTo("officeId");
    // Her own office is fine.
    var own = clerk.post("/engine-rest/process-definition/key/S01/start", "{\"variables\": %s}".formatted(
        variables("900515300018", "Серікова", Map.of("officeId", OFFICE))));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void theWaysRoundTheStartListenerAreClosed() {
    String instructions = """
        {"variables": %s, "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_HandOverToBranch"}]}
        """.formatted(variables("900515300018", "Серікова", Map.of()));
    var started = clerk.post("/engine-rest/process-definition/key/S01/start", instructions);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
    assertThat(started.body()).contains("startInstructions");
    var skipping = clerk.post("/engine-rest/process-definition/key/S01/start",
        "{\"skipCustomListeners\": true, \"variables\": %s}".formatted(variables("123", "X", Map.of())));
    assertThat(skipping.statusCode()).isEqualTo(400);
    assertThat(skipping.body()).contains("skipCustomListeners");
    var webapp = clerk.post("/camunda/api/engine/engine/default/process-definition/key/S01/start",
        "{\"skipIoMappings\": true, \"variables\": {}}");
    assertThat(webapp.statusCode()).isIn(400, 401, 403);
    var restart = new Http(port).postJson("/engine-rest/process-definition/key/S01/restart",
        "{\"processInstanceIds\": [\"x\"], \"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": "
            + "\"Task_HandOverToBranch\"}], \"skipCustomListeners\": true}", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(restart.statusCode()).isEqualTo(403);
  }

  @Test
  void caseNumbersAreUniquePerStandard() throws Exception {
    var first = clerk.post("/engine-rest/process-definition/key/S01/start",
        "{\"variables\": %s}".formatted(variables("900515300018", "Серікова", Map.of())));
    String key = json.readTree(first.body()).path("businessKey").asText();
    // Engine code (no signed-in user) naming a receipt number already taken gets fresh random characters ...
    var second = engine.getRuntimeService().startProcessInstanceByKey("S01", key, application());
    assertThat(second.getBusinessKey()).isNotEqualTo(key).startsWith(key.substring(0, key.length() - 8));
    assertThat(engine.getRuntimeService().getVariable(second.getId(), "caseNumber")).isEqualTo(second.getBusinessKey());
    assertThat(cases(key)).isEqualTo(1);
    // ... and any other key already taken is refused.
    String fixed = "GUARD-" + java.util.UUID.randomUUID();
    engine.getRuntimeService().startProcessInstanceByKey("S01", fixed, application());
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("S01", fixed, application()))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("businessKey");
  }

  private static Map<String, Object> application() {
    return application("900515300018", "Серікова", Map.of());
  }
}
