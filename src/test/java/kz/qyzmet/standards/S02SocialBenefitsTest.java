package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
 * S02, assignment of the state social benefits for disability, loss of breadwinner and age (decree annex 2), from the
 * intake API to the result, with the exact statutory dates. The branch (pension-aktobe-12, Хромтау аудандық
 * бөлімшесі) prepares the case and the CCSP territorial body of the region (ccsp-aktobe) decides (item 5.1, line 4363);
 * the ten working days of item 7.1 (line 4381) cover both steps. The applicant lives in Хромтау district of Ақтөбе
 * облысы; the centre is psc-aktobe-05. Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day,
 * a Wednesday) is the only day off in the period, and working days close at 18:00.
 */
@StandardProcessTest
class S02SocialBenefitsTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String CCSP = "ccsp-aktobe";
  static final String COMMON = "\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"";
  static final String DISABILITY = "[" + COMMON + ", \"disabilityCertificateExtract\"]";
  static final String LOSS_OF_BREADWINNER = "[" + COMMON + ", \"deathCertificateOrCourtDecision\", \"kinshipProofCopy\"]";
  static final String AGE = "[" + COMMON + "]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S02");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDisabilityBenefitAppliedForAtACentreIsPreparedByTheBranchAndDecidedByTheCcspBody() {
    // Accepted on Friday 20 November 2026 at 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", "disability", DISABILITY);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(5)
        .contains("disabilityCertificateExtract");
    // Hand-over 1 working day (acceptance day not counted): Monday 23 November; service 10 working days from then:
    // 24-27 Nov, 30 Nov, 1-4 Dec, 7 Dec; notification 5 working days: 8-11 Dec, 14 Dec, at 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-14T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("address").asText()).isNotBlank();
    String key = receipt.path("businessKey").asText();

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 11, 0);
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-204", "documentsHandedOver", true));

    // Registered at the branch on Monday 23 November: 10 working days end on Monday 7 December, 18:00, for the
    // branch's preparation and for the CCSP body's decision alike (one term, item 7.1, line 4381).
    Task prepare = cases.task(key, "Task_PrepareCase");
    assertThat(cases.candidateGroups(prepare)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(prepare.getDueDate()).isEqualTo(date(2026, 12, 7, 18, 0));
    at(2026, 11, 27, 12, 0);
    cases.complete(prepare, Map.of("documentsVerified", true, "proposal", "assign"));

    Task decide = cases.task(key, "Task_DecideCase");
    assertThat(cases.candidateGroups(decide)).containsExactly(CCSP + ".ccspSpecialist");
    assertThat(decide.getDueDate()).isEqualTo(date(2026, 12, 7, 18, 0));
    at(2026, 12, 2, 15, 0);
    cases.complete(decide, Map.of("decision", "assigned", "decisionNumber", "ШЕШ-2026-771"));

    // The branch notifies within 5 working days after Wednesday 2 December: 3, 4, 7, 8, 9 December.
    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(cases.candidateGroups(notify)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 9, 18, 0));
    at(2026, 12, 4, 9, 30);
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(issue, Map.of("recipientFullName", "Жұмабаева Гүлнар", "recipientIdentityDocument", "047712345"));

    ProcessInstance s02 = cases.instance(key);
    assertThat(s02).isEnded().hasPassed("Activity_HandoverToBranch", "Task_PrepareCase", "Task_DecideCase",
        "Activity_NotifyDecision", "Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "assignment").containsEntry("subtype", "disability")
        .containsEntry("decision", "assigned").containsEntry("resultOutcome", "issued")
        .containsEntry("intakeOfficeId", CENTRE);
    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("assignment");
  }

  @Test
  void aLossOfBreadwinnerRefusalByTheCcspBodyIsHandedOutAtTheBranch() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", "lossOfBreadwinner", LOSS_OF_BREADWINNER);
    // Filed at the branch: registered when accepted; service 10 working days after Friday 20 November: 4 December;
    // notification 5 working days after that: 7-11 December, 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-11T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    String key = receipt.path("businessKey").asText();

    Task prepare = cases.task(key, "Task_PrepareCase");
    assertThat(prepare.getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    cases.complete(prepare, Map.of("documentsVerified", true, "proposal", "refuse",
        "proposalNote", "Асыраушы қайтыс болған күні өтініш берушінің жасы 23-тен асқан"));
    Task decide = cases.task(key, "Task_DecideCase");
    assertThat(decide.getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    cases.complete(decide, Map.of("decision", "refused", "decisionNumber", "ШЕШ-2026-772",
        "decisionReason", "Жәрдемақы алуға құқығы жоқ"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));

    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(issue, Map.of("recipientFullName", "Жұмабаева Гүлнар", "recipientIdentityDocument", "047712345"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_Decision", "Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("subtype", "lossOfBreadwinner").containsEntry("decisionNumber", "ШЕШ-2026-772");
  }

  @Test
  void anAgeBenefitFromAMobileCentreWhoseDecisionIsLateEscalatesToTheCcspHeadAndTheNotificationSkips16December() {
    // Mobile centre on Friday 20 November 2026; hand-over done Monday 23 November at 11:00: service due 7 December.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("mobilePsc", "age", AGE);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(4);
    String key = receipt.path("businessKey").asText();
    at(2026, 11, 23, 11, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-205", "documentsHandedOver", true));
    at(2026, 12, 3, 16, 0);
    cases.complete(key, "Task_PrepareCase", Map.of("documentsVerified", true, "proposal", "assign"));

    Job timer = cases.timer(key, "Event_ServiceOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 7, 18, 0));
    at(2026, 12, 7, 18, 1);
    cases.fire(timer);

    assertThat(cases.instance(key)).isWaitingAt("Task_DecideCase");
    assertThat(cases.variables(key)).containsKey("breach_service");
    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(CCSP + ".ccspHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S02 item 7.1, line 4381");
    JsonNode service = deadline(cases.status(key), "service");
    assertThat(service.path("due").asText()).isEqualTo("2026-12-07T18:00:00+05:00");
    assertThat(service.path("breachedAt").asText()).startsWith("2026-12-07T18:01");

    // Decided late, on Friday 11 December: 5 working days are 14, 15, 17, 18, 21 December (16 December is a holiday).
    at(2026, 12, 11, 10, 0);
    cases.complete(key, "Task_DecideCase", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-2026-773"));
    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 21, 18, 0));
    Job late = cases.timer(key, "Event_NotificationOverdue");
    assertThat(late.getDuedate()).isEqualTo(date(2026, 12, 21, 18, 0));
    at(2026, 12, 21, 18, 5);
    cases.fire(late);
    Task notificationBreach = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_ReviewBreach").list().stream()
        .filter(task -> "notification".equals(engine.getRuntimeService()
            .getVariable(task.getProcessInstanceId(), "deadlineId"))).findFirst().orElseThrow();
    assertThat(cases.candidateGroups(notificationBreach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(notificationBreach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S02 item 7.1, line 4383");
    assertThat(cases.instance(key)).isNotEnded();
    assertThat(cases.variables(key)).containsEntry("subtype", "age").containsEntry("result", "assignment");
  }

  @Test
  void whenTheTermRunsOutWhileTheBranchStillPreparesTheBranchHeadGetsATask() {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", "age", AGE).path("businessKey").asText();

    // Registered on acceptance, Friday 20 November: 10 working days end on Friday 4 December, 18:00.
    Job timer = cases.timer(key, "Event_PreparationOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 4, 18, 0));
    at(2026, 12, 4, 18, 1);
    cases.fire(timer);

    assertThat(cases.instance(key)).isWaitingAt("Task_PrepareCase");
    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S02 item 7.1, line 4381");
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText()).startsWith("2026-12-04T18:01");
  }

  @Test
  void whenTheCentreIsLateWithTheHandOverTheCentreHeadGetsATask() {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", "disability", DISABILITY).path("businessKey").asText();

    // One working day, the day of acceptance (Friday 20 November) not counted: Monday 23 November, 18:00.
    Job timer = cases.timer(key, "Event_HandoverOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 18, 1);
    cases.fire(timer);

    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(CENTRE + ".pscHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S02 item 7.1, line 4379");
    assertThat(cases.task(key, "Task_HandOverToBranch")).isNotNull();
  }

  @Test
  void anIncompleteSetAtACentreIsNotAcceptedAndTheReceiptNamesTheMissingDocument() {
    at(2026, 11, 20, 10, 0);
    // A disability application without the extract of the MSE certificate (item 11.5, line 4467).
    JsonNode receipt = apply("psc", "disability", "[" + COMMON + "]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("disabilityCertificateExtract");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_IncompleteWhere", "Event_IntakeRefusedAtPsc")
        .hasNotPassed("Gateway_Channel");
    assertThat(cases.variables(key)).containsEntry("refusalGround", "incompleteDocumentsAtPsc");
    assertThat(cases.status(key).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void anIncompleteSetAtTheBranchIsRefusedWithAReasonedRefusal() {
    at(2026, 11, 20, 10, 0);
    // Loss of breadwinner without the death certificate or court decision (item 11.5, line 4511).
    JsonNode receipt = apply("branch", "lossOfBreadwinner", "[" + COMMON + ", \"kinshipProofCopy\"]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code"))
        .containsExactly("deathCertificateOrCourtDecision");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S02, 16-тармақ, 4643-жол");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ServiceRefusedIncomplete");
    assertThat(cases.variables(key)).containsEntry("refusalGround", "incompleteDocuments")
        .containsEntry("result", "reasonedRefusal");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAtTheCentreAndThenHandedOver() {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", "age", AGE).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    cases.complete(key, "Task_PrepareCase", Map.of("documentsVerified", true, "proposal", "assign"));
    cases.complete(key, "Task_DecideCase", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-1"));
    // The result reaches the centre on Thursday 10 December 2026 at 10:00.
    at(2026, 12, 10, 10, 0);
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));

    // One month later is Sunday 10 January 2027: the term ends on the next working day, Monday 11 January, 18:00.
    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(issue.getDueDate()).isEqualTo(date(2027, 1, 11, 18, 0));
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(date(2027, 1, 11, 18, 0));
    cases.fire(storage);

    Task transfer = cases.task(key, "Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-7"));
    assertThat(cases.instance(key)).isEnded();
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred");
  }

  @Test
  void theSubtypeIsRequiredAndADecisionWithoutItsNumberIsRejectedNamingTheField() {
    at(2026, 11, 20, 10, 0);
    var response = new Http(port).postJson("/api/applications", """
        {"standard": "S02", "channel": "psc", %s, "documents": %s}""".formatted(APPLICANT, AGE),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("subtype").contains("lossOfBreadwinner");

    String key = apply("branch", "age", AGE).path("businessKey").asText();
    cases.complete(key, "Task_PrepareCase", Map.of("documentsVerified", true, "proposal", "assign"));
    Task decide = cases.task(key, "Task_DecideCase");
    assertThatThrownBy(() -> cases.complete(decide, Map.of("decision", "assigned")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(decisionNumber): толтыру міндетті");
    assertThat(cases.task(key, "Task_DecideCase").getId()).isEqualTo(decide.getId());
  }

  @Test
  void aCaseStartedFromTheTasklistStartFormCarriesItsSubtype() {
    at(2026, 11, 20, 10, 0);
    Map<String, Object> form = new HashMap<>(Map.of("channel", "psc", "subtype", "disability",
        "applicantIin", "900515300018", "applicantSurname", "Жұмабаева", "applicantName", "Гүлнар",
        "applicantPhone", "+7 701 000 00 00", "applicantAddress", "Хромтау, Абай көшесі 5",
        "region", "Ақтөбе облысы", "district", "Хромтау"));
    form.put("documents", DISABILITY);
    ProcessInstance started = engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey("S02").latestVersion().singleResult().getId(), form);

    assertThat(started.getBusinessKey()).matches("S02-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Activity_HandoverToBranch").variables()
        .containsEntry("subtype", "disability").containsEntry("documentsComplete", true);
  }

  // ---------------------------------------------------------------- helpers

  static final String APPLICANT = """
      "applicant": {"iin": "900515300018", "surname": "Жұмабаева", "name": "Гүлнар", "patronymic": "Серікқызы",
                    "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  private JsonNode apply(String channel, String subtype, String documents) {
    return cases.apply("""
        {"channel": "%s", "subtype": "%s", %s, "documents": %s}
        """.formatted(channel, subtype, APPLICANT, documents));
  }

  private static JsonNode deadline(JsonNode status, String id) {
    return CaseDriver.deadline(status, id);
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    CaseDriver.at(year, month, day, hour, minute);
  }

  private static Date date(int year, int month, int day, int hour, int minute) {
    return CaseDriver.date(year, month, day, hour, minute);
  }
}
