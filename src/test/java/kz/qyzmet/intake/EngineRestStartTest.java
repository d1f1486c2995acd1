package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

  static final String CLERK = "guardclerk";
  static final String PASSWORD = "Guard-clerk-1";
  static final String OFFICE = "psc-aktobe-01";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void clerkOfAktobeCentre() {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(CLERK).count() == 0) {
      User user = identity.newUser(CLERK);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(CLERK, OFFICE + ".pscOperator");
    }
  }

  /** An S01 application of an Aktobe applicant as engine REST variables, plus {@code extra} (raw JSON members). */
  static String variables(String iin, String surname, String extra) {
    return """
        {"channel": {"value": "psc"}, "applicantIin": {"value": "%s"}, "applicantSurname": {"value": "%s"},
         "applicantName": {"value": "Айгүл"}, "applicantPhone": {"value": "+7 701 000 00 00"},
         "applicantAddress": {"value": "Ақтөбе, Абай даңғылы 1"}, "region": {"value": "Ақтөбе облысы"},
         "district": {"value": "Ақтөбе"},
         "documents": {"value": "application,identityDocumentCopy,residenceProof,bankAccountDetails"}%s}"""
        .formatted(iin, surname, extra);
  }

  private HttpResponse<String> post(String path, String body) {
    return new Http(port).postJson(path, body, CLERK, PASSWORD);
  }

  private long cases(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .processInstanceBusinessKey(businessKey).count();
  }

  @Test
  void aCaseClaimingToBePreparedWithItsOwnNumberIsRefusedNamingEachVariableAndNothingStarts() {
    var response = post("/engine-rest/process-definition/key/S01/start", """
        {"businessKey": "MY-OWN-KEY", "variables": %s}""".formatted(variables("123", "<script>alert(1)</script>",
        ", \"intakePrepared\": {\"value\": true}, \"intakeOfficeId\": {\"value\": \"psc-aktobe-05\"}")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("intakePrepared").contains("intakeOfficeId").contains("businessKey");
    assertThat(cases("MY-OWN-KEY")).isZero();

    // Without the claims the intake's own checks apply: the IIN is named.
    var checked = post("/engine-rest/process-definition/key/S01/submit-form",
        "{\"variables\": %s}".formatted(variables("123", "Серікова", "")));
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(400);
    assertThat(checked.body()).contains("applicant.iin");
  }

  @Test
  void missingStartVariablesAreNamed() {
    var response = post("/engine-rest/process-definition/key/S01/start", "{\"variables\": {}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("applicant.iin").contains("applicant.surname").contains("channel");
  }

  @Test
  void aCheckedStartGetsANumberMadeByQyzmetAndTheRoutedOffice() throws Exception {
    var response = post("/engine-rest/process-definition/key/S01/start",
        "{\"variables\": %s}".formatted(variables("900515300018", "Серікова", "")));
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
    var rest = post("/engine-rest/process-definition/key/S01/start", "{\"variables\": %s}".formatted(
        variables("900515300018", "Серікова", ", \"officeId\": {\"value\": \"psc-aktobe-05\"}")));
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
    assertThat(rest.body()).contains("officeId");
    var api = post("/api/applications", """
        {"standard": "S01", "channel": "psc", "officeId": "psc-aktobe-05",
         "applicant": {"iin": "900515300018", "surname": "Серікова", "name": "Айгүл", "phone": "+7 701 000 00 00",
                       "address": "Ақтөбе, Абай даңғылы 1", "region": "Ақтөбе облысы", "district": "Ақтөбе"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}""");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
    assertThat(json.readTree(api.body()).path("field").asText()).isEqualTo("officeId");
    // Her own office is fine.
    var own = post("/engine-rest/process-definition/key/S01/start", "{\"variables\": %s}".formatted(
        variables("900515300018", "Серікова", ", \"officeId\": {\"value\": \"" + OFFICE + "\"}")));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void theWaysRoundTheStartListenerAreClosed() {
    String instructions = """
        {"variables": %s, "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_HandOverToBranch"}]}
        """.formatted(variables("900515300018", "Серікова", ""));
    var started = post("/engine-rest/process-definition/key/S01/start", instructions);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
    assertThat(started.body()).contains("startInstructions");
    var skipping = post("/engine-rest/process-definition/key/S01/start",
        "{\"skipCustomListeners\": true, \"variables\": %s}".formatted(variables("123", "X", "")));
    assertThat(skipping.statusCode()).isEqualTo(400);
    assertThat(skipping.body()).contains("skipCustomListeners");
    var webapp = post("/camunda/api/engine/engine/default/process-definition/key/S01/start",
        "{\"skipIoMappings\": true, \"variables\": {}}");
    assertThat(webapp.statusCode()).isIn(400, 401, 403);
    var restart = new Http(port).postJson("/engine-rest/process-definition/key/S01/restart",
        "{\"processInstanceIds\": [\"x\"], \"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": "
            + "\"Task_HandOverToBranch\"}], \"skipCustomListeners\": true}", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(restart.statusCode()).isEqualTo(403);
  }

  @Test
  void caseNumbersAreUniquePerStandard() throws Exception {
    var first = post("/engine-rest/process-definition/key/S01/start",
        "{\"variables\": %s}".formatted(variables("900515300018", "Серікова", "")));
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
    return Map.of("channel", "psc", "applicantIin", "900515300018", "applicantSurname", "Серікова",
        "applicantName", "Айгүл", "applicantPhone", "+7 701 000 00 00", "applicantAddress", "Ақтөбе",
        "region", "Ақтөбе облысы", "district", "Ақтөбе",
        "documents", "application,identityDocumentCopy,residenceProof,bankAccountDetails");
  }
}
