package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * S01, assignment of the basic pension payment, from the intake API to the result, with the exact statutory dates.
 * The applicant lives in Хромтау district of Ақтөбе облысы: the centre is psc-aktobe-05 (Хромтау аудандық бөлім) and
 * the deciding branch pension-aktobe-12 (Хромтау аудандық бөлімшесі), as the decree's annexes 1 and 2 list them.
 * Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day) is the only day off in the period.
 */
@StandardProcessTest
class S01BasicPensionTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String ALL_DOCUMENTS =
      "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S01");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCompleteApplicationAtACentreRunsToTheResultOnTheStatutoryDates() throws Exception {
    // Accepted on Friday 20 November 2026 at 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", ALL_DOCUMENTS);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(4);
    // Hand-over 1 working day (acceptance day not counted): Mon 23 Nov; service 10 working days from then:
    // 24-27 Nov, 30 Nov, 1-4 Dec, 7 Dec; notification 5 working days: 8-11 Dec, 14 Dec, at 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-14T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("address").asText()).isNotBlank();
    // Item 14.2 (lines 686-688): the employee who accepted the documents, the applicant's name and phone.
    assertThat(receipt.path("acceptedBy").asText()).isEqualTo("Әкімші Qyzmet");
    assertThat(receipt.path("applicant").path("fullName").asText()).isEqualTo("Сейтқали Айбек Нұрланұлы");
    assertThat(receipt.path("applicant").path("phone").asText()).isEqualTo("+7 701 000 00 00");
    assertThat(receipt.path("representative").isNull()).isTrue();
    String key = receipt.path("businessKey").asText();
    ProcessInstance s01 = instance(key);
    assertThat(CaseInstance.variables(engine, s01)).containsEntry("acceptedBy", "admin")
        .containsEntry("acceptedByName", "Әкімші Qyzmet");

    Task handover = task(key);
    assertThat(handover.getTaskDefinitionKey()).isEqualTo("Task_HandOverToBranch");
    assertThat(candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 11, 23, 18, 0));

    at(2026, 11, 23, 11, 0);
    complete(handover, Map.of("handoverRegisterNumber", "ТЗ-118", "documentsHandedOver", true));

    Task review = task(key);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
    assertThat(candidateGroups(review)).containsExactly(BRANCH + ".branchSpecialist");
    // 10 working days after Monday 23 November: Monday 7 December 2026, 18:00.
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 7, 18, 0));

    at(2026, 12, 2, 15, 0);
    complete(review, Map.of("decision", "assigned"));

    Task notify = task(key);
    assertThat(notify.getTaskDefinitionKey()).isEqualTo("Task_NotifyApplicant");
    assertThat(candidateGroups(notify)).containsExactly(BRANCH + ".branchSpecialist");
    // 5 working days after Wednesday 2 December: 3, 4, 7, 8, 9 December.
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 9, 18, 0));

    at(2026, 12, 4, 9, 30);
    complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResult");
    assertThat(candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    complete(issue, Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));

    assertThat(s01).isEnded().hasPassed("Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(CaseInstance.variables(engine, s01)).containsEntry("result", "pensionCertificate")
        .containsEntry("resultOutcome", "issued").containsEntry("documentsComplete", true)
        .containsEntry("decision", "assigned").containsEntry("intakeOfficeId", CENTRE);

    JsonNode status = json.readTree(get("/api/applications/" + key));
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("pensionCertificate");
    assertThat(status.path("deadlines").findValuesAsText("id")).contains("handover", "service", "notification");
  }

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
  void anIncompleteSetAtACentreGetsTheRefusalReceiptOfItem16AndIsRecorded() throws Exception {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", "[\"application\", \"identityDocumentCopy\"]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code"))
        .containsExactly("residenceProof", "bankAccountDetails");
    assertThat(receipt.path("missingDocuments").findValuesAsText("name"))
        .contains("Банк шотының не түзеу мекемесінің арнайы шотының нөмірі туралы мәліметтер");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S01, 16-тармақ, 704-жол");

    String key = receipt.path("businessKey").asText();
    assertThat(instance(key)).isEnded().hasPassed("Gateway_DocumentsComplete", "Event_IntakeRefused")
        .hasNotPassed("Gateway_Channel");
    assertThat(json.readTree(get("/api/applications/" + key)).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void aRefusalDecidedAtTheBranchIsHandedOutThere() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    ProcessInstance s01 = instance(key);

    Task review = task(key);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewApplication");
    // Filed at the branch: registered when accepted, 10 working days after Friday 20 November: 4 December.
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    complete(review, Map.of("decision", "refused", "decisionReason", "Зейнет жасына толмаған"));
    complete(task(key), Map.of("notificationMethod", "letter"));

    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResultAtBranch");
    assertThat(candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    complete(issue, Map.of("recipientFullName", "Сейтқали Айбек", "recipientIdentityDocument", "045123987"));
    assertThat(s01).isEnded().hasPassed("Event_ResultIssuedAtBranch").hasNotPassed("Activity_HandoverToBranch");
    assertThat(CaseInstance.variables(engine, s01)).containsEntry("result", "reasonedRefusal");
  }

  @Test
  void whenTheServiceTermRunsOutTheBranchHeadGetsATaskAndTheCaseGoesOn() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    ProcessInstance s01 = instance(key);

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(s01.getId()).timers()
        .activityId("Event_ServiceOverdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 4, 18, 0));
    at(2026, 12, 4, 18, 1);
    engine.getManagementService().executeJob(timer.getId());

    assertThat(s01).isWaitingAt("Task_ReviewApplication");
    assertThat(engine.getRuntimeService().getVariable(s01.getId(), "breach_service")).isNotNull();
    Task breach = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_ReviewBreach").singleResult();
    assertThat(candidateGroups(breach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S01 item 7.1, line 550");
    // The head's task: due when the case's deadline was, and says in Kazakh which case, which term, by how much.
    assertThat(breach.getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    assertThat(breach.getDescription()).startsWith(key + " өтініші (S01): 10 жұмыс күні мерзімі (")
        .contains("S01 7.1-тармақ, 550-жол", "04.12.2026 18:00 аяқталды", "0 сағ. 1 мин. өтіп кетті")
        .doesNotContain("workingDays", "item", "line");
    assertThat(engine.getRuntimeService().getVariables(breach.getProcessInstanceId()))
        .containsEntry("caseNumber", key).containsEntry("applicantSurname", "Сейтқали");

    JsonNode status = json.readTree(get("/api/applications/" + key));
    JsonNode service = status.path("deadlines").findParents("id").stream()
        .filter(d -> d.path("id").asText().equals("service")).findFirst().orElseThrow();
    assertThat(service.path("due").asText()).isEqualTo("2026-12-04T18:00:00+05:00");
    assertThat(service.path("breachedAt").asText()).startsWith("2026-12-04T18:01");
  }

  @Test
  void lateHandoverAndLateNotificationGoToTheHeadsOfTheCentreAndTheBranch() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();

    // Hand-over due Monday 23 November 18:00 (S01 item 7.1, line 548); the timer fires a minute later.
    var handoverTimer = cases.timer(key, "Event_HandoverOverdue");
    assertThat(handoverTimer.getDuedate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 18, 1);
    cases.fire(handoverTimer);
    Task centreHead = cases.task(key, "Task_ReviewBreach");
    assertThat(candidateGroups(centreHead)).containsExactly(CENTRE + ".pscHead");
    complete(centreHead, Map.of("escalationMeasure", "Оператор ескертілді, құжаттар жіберілді"));

    at(2026, 11, 24, 9, 0);
    complete(task(key), Map.of("handoverRegisterNumber", "ТЗ-2", "documentsHandedOver", true));
    at(2026, 11, 25, 12, 0);
    complete(task(key), Map.of("decision", "assigned"));

    // Notification due 5 working days after Wednesday 25 November: 26, 27, 30 November, 1, 2 December.
    var notificationTimer = cases.timer(key, "Event_NotificationOverdue");
    assertThat(notificationTimer.getDuedate()).isEqualTo(date(2026, 12, 2, 18, 0));
    at(2026, 12, 3, 9, 0);
    cases.fire(notificationTimer);
    Task branchHead = cases.task(key, "Task_ReviewBreach");
    assertThat(candidateGroups(branchHead)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(branchHead.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S01 item 7.1, line 552");
    assertThat(task(key).getTaskDefinitionKey()).isEqualTo("Task_NotifyApplicant"); // the case goes on

    assertThatThrownBy(() -> complete(branchHead, Map.of("escalationMeasure", "ok")))
        .hasMessageContaining("«Қолданылған шара» (escalationMeasure): кемінде 5 таңба");
  }

  @Test
  void thePortalsInformationRequestIsAnsweredFromTheCaseWithinThirtyMinutes() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();

    at(2026, 11, 23, 9, 0);
    var http = new Http(port);
    var accepted = http.postJson("/api/applications/" + key + "/information-requests", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(202);
    JsonNode request = json.readTree(accepted.body());
    assertThat(request.path("status").asText()).isEqualTo("pending");
    // 30 minutes from the request reaching the system (S01 item 7.1, line 554).
    assertThat(request.path("due").asText()).isEqualTo("2026-11-23T09:30:00+05:00");
    String location = accepted.headers().firstValue("Location").orElseThrow();

    var answerJob = engine.getManagementService().createJobQuery().processInstanceId(request.path("id").asText())
        .activityId("Task_AnswerFromCaseData").singleResult();
    engine.getManagementService().executeJob(answerJob.getId());

    JsonNode answered = json.readTree(get(location));
    assertThat(answered.path("status").asText()).isEqualTo("answered");
    assertThat(answered.path("answer").path("status").asText()).isEqualTo("inProgress");
    assertThat(answered.path("answer").path("currentSteps").findValuesAsText("activityId"))
        .containsExactly("Task_ReviewApplication");
  }

  @Test
  void anInformationRequestNotAnsweredInThirtyMinutesGoesToTheHeadOfTheBranch() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    at(2026, 11, 23, 9, 0);
    String requestId = json.readTree(new Http(port).postJson("/api/applications/" + key + "/information-requests",
        "{}", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body()).path("id").asText();

    var overdue = engine.getManagementService().createJobQuery().processInstanceId(requestId).timers().singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(date(2026, 11, 23, 9, 30));
    at(2026, 11, 23, 9, 31);
    engine.getManagementService().executeJob(overdue.getId());

    Task head = cases.task(key, "Task_ReviewBreach");
    assertThat(candidateGroups(head)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(head.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S01 item 7.1, line 554");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAndThenHandedOver() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();
    complete(task(key), Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    complete(task(key), Map.of("decision", "assigned"));
    // The result reaches the centre on Thursday 10 December 2026 at 10:00.
    at(2026, 12, 10, 10, 0);
    complete(task(key), Map.of("notificationMethod", "psc"));

    Task issue = task(key);
    // One month later is Sunday 10 January 2027: the term ends on the next working day, Monday 11 January, 18:00.
    assertThat(issue.getDueDate()).isEqualTo(date(2027, 1, 11, 18, 0));
    Job storage = engine.getManagementService().createJobQuery().processInstanceId(issue.getProcessInstanceId())
        .timers().singleResult();
    assertThat(storage.getDuedate()).isEqualTo(date(2027, 1, 11, 18, 0));
    engine.getManagementService().executeJob(storage.getId());

    Task transfer = task(key);
    assertThat(transfer.getTaskDefinitionKey()).isEqualTo("Task_TransferResult");
    assertThat(candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-3"));
    assertThat(instance(key)).isEnded();
  }

  @Test
  void aTaskCompletedWithoutWhatItsFormRequiresIsRejectedNamingTheField() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    Task review = task(key);

    // The engine wraps what a task listener throws; the clerk reads the message, which names the field.
    assertThatThrownBy(() -> complete(review, Map.of()))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«Шешім» (decision): толтыру міндетті");
    assertThatThrownBy(() -> complete(review, Map.of("decision", "maybe")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«maybe» мәні тізімде жоқ");
    // A refusal is a reasoned answer (item 5.1, line 532): the reason is required when, and only when, refusing.
    assertThatThrownBy(() -> complete(review, Map.of("decision", "refused")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("(decisionReason): толтыру міндетті");
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
    Map<String, Object> form = new java.util.HashMap<>(Map.of("channel", "psc", "applicantIin", "900515300018",
        "applicantSurname", "Сейтқали", "applicantName", "Айбек", "applicantPhone", "+7 701 000 00 00",
        "applicantAddress", "Хромтау, Абай көшесі 5", "region", "Ақтөбе облысы", "district", "Хромтау"));
    form.put("documents", ALL_DOCUMENTS);
    ProcessInstance started = engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01").latestVersion()
            .singleResult().getId(), form);

    assertThat(started.getBusinessKey()).matches("S01-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Activity_HandoverToBranch")
        .variables().containsEntry("documentsComplete", true).containsEntry("caseNumber", started.getBusinessKey());

    form.put("applicantIin", "900515300019");
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(started.getProcessDefinitionId(), form))
        .hasMessageContaining("Өтініш дұрыс толтырылмаған: applicant.iin: бақылау цифры (12-цифр) 8 болуы керек");
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode apply(String channel, String documents) {
    return cases.apply("""
        {"channel": "%s",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                       "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s}
        """.formatted(channel, documents));
  }

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

  private void complete(Task task, Map<String, Object> variables) {
    cases.complete(task, variables);
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    CaseDriver.at(year, month, day, hour, minute);
  }

  private static Date date(int year, int month, int day, int hour, int minute) {
    return CaseDriver.date(year, month, day, hour, minute);
  }
}
