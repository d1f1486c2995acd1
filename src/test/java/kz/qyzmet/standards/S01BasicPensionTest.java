package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S01, assignment of the basic pension payment, from the intake API to the result, with the exact statutory dates.
 * The applicant lives in Хромтау district of Ақтөбе облысы: the centre is psc-aktobe-05 (Хромтау аудандық бөлім) and
 * the deciding branch pension-aktobe-12 (Хромтау аудандық бөлімшесі), as the decree's annexes 1 and 2 list them.
 * Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day) is the only day off in the period.
 */
@StandardProcessTest(standard = "S01")
class S01BasicPensionTest extends StandardCaseTest {

  static final String ALL_DOCUMENTS =
      "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]";

  final ObjectMapper json = new ObjectMapper();

  @Test
  void deadlinesEndAtSixInTheEveningInTheZoneOfTheApplicantsRegion() {
    // Before 1 March 2024 Aktobe kept UTC+5 while Almaty was on UTC+6. Accepted on Monday 2 October 2023 at 05:00 UTC
    // (10:00 in Aktobe, 11:00 in Almaty): the hand-over is due on Tuesday 3 October at 18:00 local time in each.
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2023-10-02T05:00:00Z")));
    JsonNode aktobe = cases.apply("""
        {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s}""".formatted(ALL_DOCUMENTS));
    JsonNode almaty = cases.apply("""
        {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Алматы", "region": "Алматы қаласы", "district": "Алмалы"},
         "documents": %s}""".formatted(ALL_DOCUMENTS));

    assertThat(aktobe.path("acceptedAt").asText()).isEqualTo("2023-10-02T10:00:00+05:00");
    assertThat(almaty.path("acceptedAt").asText()).isEqualTo("2023-10-02T11:00:00+06:00");
    assertThat(task(aktobe.path("businessKey").asText()).getDueDate())
        .isEqualTo(Date.from(java.time.Instant.parse("2023-10-03T13:00:00Z")));
    assertThat(task(almaty.path("businessKey").asText()).getDueDate())
        .isEqualTo(Date.from(java.time.Instant.parse("2023-10-03T12:00:00Z")));
  }

  @Test
  void theWaitingAndServiceTimesOfTheCounterAreRecordedAgainstTheNormsOfItem7() throws Exception {
    at(2026, 11, 20, 10, 0);
    // Ticket at 09:35, served from 09:52, accepted at 10:00: 17 minutes waited, 8 served (limits 20 and 20, lines
    // 558 and 562).
    String key = cases.apply("""
        {"channel": "psc", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s, "arrivedAt": "2026-11-20T09:35:00+05:00", "serviceStartedAt": "2026-11-20T09:52:00+05:00"}
        """.formatted(ALL_DOCUMENTS)).path("businessKey").asText();
    JsonNode norms = cases.status(key).path("serviceNorms");
    assertThat(norms.path("waitingMinutes").asLong()).isEqualTo(17);
    assertThat(norms.path("waitingLimit").asInt()).isEqualTo(20);
    assertThat(norms.path("serviceMinutes").asLong()).isEqualTo(8);
    assertThat(norms.path("serviceLimit").asInt()).isEqualTo(20);
  }

  @Test
  void aTaskCompletedWithoutWhatItsFormRequiresIsRejectedNamingTheField() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    Task review = task(key);

    // The engine wraps what a task listener throws; the clerk reads the message, which names the field.
    assertFormRefuses(review, Map.of(), "«Шешім» (decision): толтыру міндетті");
    assertFormRefuses(review, Map.of("decision", "maybe"), "«maybe» мәні тізімде жоқ");
    // A refusal is a reasoned answer (item 5.1, line 532): the reason is required when, and only when, refusing.
    assertFormRefuses(review, Map.of("decision", "refused"), "(decisionReason): толтыру міндетті");
    assertThat(task(key).getId()).isEqualTo(review.getId()); // still open, nothing written
    assertThat(engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "decision")).isNull();
  }

  @Test
  void tasklistsFormSubmissionIsRejectedWith400NamingTheFieldAndWritesNothing() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    Task review = task(key);
    var http = new Http(port);

    // Tasklist submits Camunda Forms through /task/{id}/submit-form.
    var rejected = http.postJson("/engine-rest/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"decisionReason\": {\"value\": \"Негіздеме\", \"type\": \"String\"}}}",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(json.readTree(rejected.body()).path("message").asText())
        .isEqualTo("«Шешім» өрісі: толтыру міндетті.");
    assertThat(json.readTree(rejected.body()).path("fields").toString()).isEqualTo("[\"decision\"]");
    assertThat(engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "decisionReason")).isNull();

    var accepted = http.postJson("/engine-rest/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"assigned\", \"type\": \"String\"}}}",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(204);
    assertThat(task(key).getTaskDefinitionKey()).isEqualTo("Task_NotifyApplicant");
  }

  @Test
  void aCaseStartedFromTheTasklistStartFormIsCheckedLikeAnApiCase() {
    at(2026, 11, 20, 10, 0);
    Map<String, Object> form = startForm("psc", null, ALL_DOCUMENTS);
    ProcessInstance started = submitStartForm(form);

    assertThat(started.getBusinessKey()).matches("S01-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Activity_HandoverToBranch")
        .variables().containsEntry("documentsComplete", true).containsEntry("caseNumber", started.getBusinessKey());

    form.put("applicantIin", "900515300019");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(started.getProcessDefinitionId(), form))
        .hasMessageContaining("Өтініш дұрыс толтырылмаған: applicant.iin: бақылау цифры (12-цифр) 8 болуы керек");
  }

  // ---------------------------------------------------------------- helpers

  private String get(String path) {
    return new Http(port).get(path, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body();
  }

  private ProcessInstance instance(String businessKey) {
    return cases.instance(businessKey);
  }

  private Task task(String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKeyIn("Task_HandOverToBranch", "Task_ReviewApplication", "Task_NotifyApplicant",
            "Task_IssueResult", "Task_TransferResult", "Task_IssueResultAtBranch")
        .singleResult();
  }

  private java.util.List<String> candidateGroups(Task task) {
    return cases.candidateGroups(task);
  }
}
