package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * S04, social payments for the six social-risk events (decree 1059 annex 4, lines 12030-15933), from the intake API to
 * the result, with the exact statutory dates. The branch of the authorised organisation prepares the case, the CCSP
 * territorial body decides (item 1, line 12058; item 15, line 12308); the term is 15 working days from registration at
 * the branch (item 7.1, line 12112); a centre hands the notification over within one working day (line 12110) and keeps
 * an uncollected result one month (line 12312). There is no notification term in S04.
 *
 * <p>The applicant lives in Хромтау district of Ақтөбе облысы: the centre is psc-aktobe-05 (S04 annex 2, line 14312),
 * the branch pension-aktobe-12 (annex 1, line 12636) and the CCSP body ccsp-aktobe (annex 1, line 14026). Kazakhstan is
 * on UTC+5 throughout; working days are Monday to Friday; in the period used here the only day off on a weekday is
 * Wednesday 16 December 2026 (Independence Day).
 */
@StandardProcessTest
class S04SocialRiskPaymentsTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String CCSP = "ccsp-aktobe";

  /** The complete document list of each sub-type (item 11, lists 1-5), optional documents left out. */
  static final Map<String, String> DOCUMENTS = Map.of(
      "lossOfWorkingCapacity", "[\"identityDocumentCopy\", \"residenceProof\", \"workCapacityLossInfo\"]",
      "lossOfBreadwinner", "[\"identityDocumentCopy\", \"familyCompositionInfo\", \"deathCertificateOrCourtDecision\","
          + " \"kinshipProofCopy\"]",
      "lossOfJob", "[\"identityDocumentCopy\", \"residenceProof\", \"employmentAuthorityCertificate\"]",
      "pregnancyAndChildbirth", "[\"identityDocumentCopy\", \"residenceProof\", \"sickLeaveSheet\","
          + " \"taxpayerRegistrationNumber\", \"sicCertificate\", \"incomeCertificate\"]",
      "newbornAdoption", "[\"identityDocumentCopy\", \"residenceProof\", \"sickLeaveSheet\","
          + " \"taxpayerRegistrationNumber\", \"sicCertificate\", \"incomeCertificate\"]",
      "childCareToOne", "[\"identityDocumentCopy\", \"residenceProof\", \"childBirthCertificate\","
          + " \"taxpayerRegistrationNumber\", \"sicCertificate\", \"familyCompositionInfo\"]");

  static final List<String> CASE_TASKS = List.of("Task_HandOverToBranch", "Task_PrepareCase",
      "Task_DecideApplication", "Task_NotifyRefusal", "Task_IssueResult", "Task_TransferResult",
      "Task_IssueResultAtBranch");

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S04");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCompleteApplicationAtACentreIsPreparedByTheBranchDecidedByTheCcspBodyAndHandedOutAtTheWindow()
      throws Exception {
    // Loss of working capacity, accepted at the centre on Friday 20 November 2026 at 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", "lossOfWorkingCapacity");
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code"))
        .containsExactly("identityDocumentCopy", "residenceProof", "workCapacityLossInfo");
    // Hand-over 1 working day, the acceptance day not counted: Monday 23 November. Service 15 working days from then:
    // 24-27 Nov (4), 30 Nov-4 Dec (9), 7-11 Dec (14), Monday 14 Dec (15), at 18:00. No notification term in S04.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-14T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлім");
    assertThat(receipt.path("office").path("address").asText()).isEqualTo("Хромтау қаласы, Абай көшесі, 12");
    String key = receipt.path("businessKey").asText();
    assertThat(key).matches("S04-261120-[A-Z2-9]{8}");

    Task handover = task(key);
    assertThat(handover.getTaskDefinitionKey()).isEqualTo("Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 11, 0);
    complete(handover, Map.of("handoverRegisterNumber", "ТЗ-204", "documentsHandedOver", true));

    // Registered at the branch on Monday 23 November: both steps are due with the service, 14 December, 18:00.
    Task prepare = task(key);
    assertThat(prepare.getTaskDefinitionKey()).isEqualTo("Task_PrepareCase");
    assertThat(cases.candidateGroups(prepare)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(prepare.getDueDate()).isEqualTo(date(2026, 12, 14, 18, 0));
    at(2026, 11, 26, 15, 0);
    complete(prepare, Map.of("caseFileNumber", "12-1187", "originalsChecked", true));

    Task decide = task(key);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideApplication");
    assertThat(cases.candidateGroups(decide)).containsExactly(CCSP + ".ccspSpecialist");
    assertThat(decide.getDueDate()).isEqualTo(date(2026, 12, 14, 18, 0));
    at(2026, 12, 3, 12, 0);
    complete(decide, decision("assigned", "Заңның 21-бабы негізінде тағайындалды"));

    // Assigned: no refusal notice; the result goes to the centre's window.
    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    complete(issue, Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));

    ProcessInstance s04 = cases.instance(key);
    assertThat(s04).isEnded()
        .hasPassed("Gateway_RiskType", "Activity_HandoverToBranch", "Task_PrepareCase", "Task_DecideApplication",
            "Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc")
        .hasNotPassed("Task_NotifyRefusal", "Task_EscalatePreparation", "Task_EscalateDecision");
    assertThat(cases.variables(key)).containsEntry("result", "assignment").containsEntry("resultOutcome", "issued")
        .containsEntry("subtype", "lossOfWorkingCapacity").containsEntry("decidedAt", date(2026, 12, 3, 12, 0))
        .doesNotContainKey("refusalGround");

    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("assignment");
    assertThat(deadline(status, "handover").path("due").asText()).isEqualTo("2026-11-23T18:00:00+05:00");
    assertThat(deadline(status, "service").path("due").asText()).isEqualTo("2026-12-14T18:00:00+05:00");
    assertThat(deadline(status, "service").path("citation").asText()).isEqualTo("S04 item 7.1, line 12112");
    assertThat(status.path("deadlines").findValuesAsText("id")).doesNotContain("notification");
  }

  @Test
  void anIncompleteSetAtACentreGetsTheRefusalReceiptOfItem16() throws Exception {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = cases.apply(body("psc", "lossOfJob", "[\"identityDocumentCopy\"]"));

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code"))
        .containsExactly("residenceProof", "employmentAuthorityCertificate");
    assertThat(receipt.path("missingDocuments").findValuesAsText("name"))
        .contains("Жұмыспен қамту мәселелері жөніндегі уәкілетті органның анықтамасы");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S04, 16-тармақ, 12316-жол");
    assertThat(receipt.path("expectedResultAt").isNull()).isTrue();

    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_IntakeRefused").hasNotPassed("Gateway_RiskType");
    assertThat(cases.status(key).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void pregnancyAdoptionAndChildCareAreNotTakenAtACentre() throws Exception {
    // Item 1, line 12062: these three risks are not served through a centre (nor a mobile one).
    for (String subtype : List.of("pregnancyAndChildbirth", "newbornAdoption", "childCareToOne")) {
      for (String channel : List.of("psc", "mobilePsc")) {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        var response = new Http(port).postJson("/api/applications",
            "{\"standard\": \"S04\", " + body(channel, subtype, DOCUMENTS.get(subtype)).strip().substring(1),
            QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);

        assertThat(response.statusCode()).as(subtype + " at " + channel).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("channel");
        assertThat(problem.path("detail").asText())
            .isEqualTo("channel: S04 (" + subtype + ") бойынша өтініштер мына арналар арқылы қабылданады: [branch]");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
      }
    }
  }

  @Test
  void pregnancyAtTheBranchRefusedForWantOfEntitlementIsNotifiedAndHandedBackAtTheBranch() throws Exception {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", "pregnancyAndChildbirth");
    // Filed at the branch: registered when accepted; 15 working days after Friday 20 November:
    // 23-27 Nov (5), 30 Nov-4 Dec (10), 7-11 Dec (15): Friday 11 December, 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-11T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлімшесі");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(6).contains("sickLeaveSheet");
    String key = receipt.path("businessKey").asText();

    Task prepare = task(key);
    assertThat(prepare.getTaskDefinitionKey()).isEqualTo("Task_PrepareCase");
    assertThat(prepare.getDueDate()).isEqualTo(date(2026, 12, 11, 18, 0));
    complete(prepare, Map.of("caseFileNumber", "12-1190", "originalsChecked", true));
    Task decide = task(key);
    assertThat(decide.getDueDate()).isEqualTo(date(2026, 12, 11, 18, 0));
    complete(decide, decision("refusedNoEntitlement", "Әлеуметтік қатер басталғанға дейін әлеуметтік аударымдар төленбеген"));

    Task notice = task(key);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo("Task_NotifyRefusal");
    assertThat(cases.candidateGroups(notice)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(notice.getDueDate()).as("S04 sets no notification term").isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(notice.getProcessInstanceId())
        .timers().count()).isZero();
    complete(notice, Map.of("notificationMethod", "phone", "documentsReturnPrepared", true));

    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    complete(issue, Map.of("recipientFullName", "Сейтқали Айгүл", "recipientIdentityDocument", "045123988"));

    assertThat(cases.instance(key)).isEnded()
        .hasPassed("Gateway_RiskType", "Gateway_Registered", "Task_NotifyRefusal", "Event_ResultIssuedAtBranch")
        .hasNotPassed("Gateway_Channel", "Activity_HandoverToBranch", "Activity_IssueResultAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", "noEntitlement").containsEntry("decision", "refusedNoEntitlement")
        .containsKey("notifiedAt");
  }

  @Test
  void lossOfBreadwinnerAtAMobileCentreRefusedForIncompleteDocumentsGoesBackThroughTheCentre() throws Exception {
    // Accepted by the mobile centre on Monday 30 November 2026 at 10:00.
    at(2026, 11, 30, 10, 0);
    JsonNode receipt = apply("mobilePsc", "lossOfBreadwinner");
    // Hand-over: Tuesday 1 December. Service 15 working days from then: 2-4 Dec (3), 7-11 Dec (8), 14-15 Dec (10),
    // Wednesday 16 December is Independence Day, 17-18 Dec (12), 21-23 Dec (15): Wednesday 23 December, 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-23T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    String key = receipt.path("businessKey").asText();

    Task handover = task(key);
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 1, 18, 0));
    at(2026, 12, 1, 9, 0);
    complete(handover, Map.of("handoverRegisterNumber", "ТЗ-219", "documentsHandedOver", true));
    Task prepare = task(key);
    // Registered at the branch on Tuesday 1 December, the hand-over's due day: the same 23 December as the receipt.
    assertThat(prepare.getDueDate()).isEqualTo(date(2026, 12, 23, 18, 0));
    complete(prepare, Map.of("caseFileNumber", "12-1201", "originalsChecked", true));
    complete(task(key), decision("refusedIncompleteDocuments", "Туыстық қарым-қатынасты растайтын құжат нотариалды куәландырылмаған"));

    Task notice = task(key);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo("Task_NotifyRefusal");
    complete(notice, Map.of("notificationMethod", "psc", "documentsReturnPrepared", true));

    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    complete(issue, Map.of("recipientFullName", "Сейтқали Айбек", "recipientIdentityDocument", "045123987"));

    assertThat(cases.instance(key)).isEnded()
        .hasPassed("Activity_HandoverToBranch", "Task_NotifyRefusal", "Activity_IssueResultAtPsc")
        .hasNotPassed("Task_IssueResultAtBranch");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", "incompleteDocuments").containsEntry("channel", "mobilePsc");
  }

  @Test
  void childCareAndNewbornAdoptionAtTheBranchAreAssignedAndHandedOutThere() {
    at(2026, 11, 20, 10, 0);
    for (String subtype : List.of("childCareToOne", "newbornAdoption", "lossOfJob")) {
      String key = apply("branch", subtype).path("businessKey").asText();
      complete(task(key), Map.of("caseFileNumber", "12-" + subtype.length(), "originalsChecked", true));
      complete(task(key), decision("assigned", "Тағайындалды"));
      Task issue = task(key);
      assertThat(issue.getTaskDefinitionKey()).as(subtype).isEqualTo("Task_IssueResultAtBranch");
      complete(issue, Map.of("recipientFullName", "Сейтқали Айгүл", "recipientIdentityDocument", "045123988"));

      ProcessInstance s04 = cases.instance(key);
      assertThat(s04).isEnded().hasPassed("Event_ResultIssuedAtBranch").hasNotPassed("Task_NotifyRefusal");
      if (subtype.equals("lossOfJob")) {
        assertThat(s04).hasPassed("Gateway_Channel").hasNotPassed("Activity_HandoverToBranch");
      } else {
        assertThat(s04).hasNotPassed("Gateway_Channel");
      }
      assertThat(cases.variables(key)).containsEntry("result", "assignment").containsEntry("subtype", subtype);
    }
  }

  @Test
  void whenTheServiceTermRunsOutAtTheBranchItsHeadGetsATaskAndTheCaseGoesOn() throws Exception {
    // Filed at the branch on Monday 30 November 2026; 15 working days after it: 1-4 Dec (4), 7-11 Dec (9),
    // 14-15 Dec (11), 16 December is a day off, 17-18 Dec (13), 21-22 Dec (15): Tuesday 22 December, 18:00.
    at(2026, 11, 30, 10, 0);
    String key = apply("branch", "childCareToOne").path("businessKey").asText();
    assertThat(task(key).getDueDate()).isEqualTo(date(2026, 12, 22, 18, 0));

    Job timer = cases.timer(key, "Event_PreparationOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 22, 18, 0));
    at(2026, 12, 22, 18, 1);
    cases.fire(timer);

    ProcessInstance s04 = cases.instance(key);
    assertThat(s04).isWaitingAt("Task_PrepareCase").hasPassed("Task_EscalatePreparation");
    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S04 item 7.1, line 12112");

    JsonNode service = deadline(cases.status(key), "service");
    assertThat(service.path("due").asText()).isEqualTo("2026-12-22T18:00:00+05:00");
    assertThat(service.path("breachedAt").asText()).startsWith("2026-12-22T18:01");

    complete(task(key), Map.of("caseFileNumber", "12-1300", "originalsChecked", true));
    assertThat(task(key).getTaskDefinitionKey()).isEqualTo("Task_DecideApplication");
  }

  @Test
  void whenTheServiceTermRunsOutAtTheCcspBodyItsHeadGetsATask() throws Exception {
    // Same dates as above: filed at the branch on Monday 30 November 2026, due Tuesday 22 December, 18:00.
    at(2026, 11, 30, 10, 0);
    String key = apply("branch", "lossOfJob").path("businessKey").asText();
    at(2026, 12, 2, 10, 0);
    complete(task(key), Map.of("caseFileNumber", "12-1301", "originalsChecked", true));
    Task decide = task(key);
    assertThat(decide.getDueDate()).isEqualTo(date(2026, 12, 22, 18, 0));

    Job timer = cases.timer(key, "Event_DecisionOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 22, 18, 0));
    at(2026, 12, 23, 9, 0);
    cases.fire(timer);

    assertThat(cases.instance(key)).isWaitingAt("Task_DecideApplication").hasPassed("Task_EscalateDecision")
        .hasNotPassed("Task_EscalatePreparation");
    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(CCSP + ".ccspHead");
    assertThat(cases.variables(key)).containsKey("breach_service");

    complete(decide, decision("assigned", "Тағайындалды"));
    assertThat(task(key).getTaskDefinitionKey()).isEqualTo("Task_IssueResultAtBranch");
  }

  @Test
  void whenTheCentreMissesTheHandoverDayItsHeadGetsATask() throws Exception {
    // Accepted at the centre on Tuesday 15 December 2026; the next working day is not Wednesday 16 December
    // (Independence Day) but Thursday 17 December: the hand-over is due then, 18:00.
    at(2026, 12, 15, 10, 0);
    String key = apply("psc", "lossOfJob").path("businessKey").asText();
    Task handover = task(key);
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 17, 18, 0));

    Job timer = cases.timer(key, "Event_HandoverOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 17, 18, 0));
    at(2026, 12, 17, 18, 5);
    cases.fire(timer);

    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(CENTRE + ".pscHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S04 item 7.1, line 12110");
    assertThat(deadline(cases.status(key), "handover").path("breachedAt").asText()).startsWith("2026-12-17T18:05");

    // Handed over late, on Friday 18 December: the service term counts from then.
    at(2026, 12, 18, 9, 0);
    complete(handover, Map.of("handoverRegisterNumber", "ТЗ-240", "documentsHandedOver", true));
    assertThat(task(key).getTaskDefinitionKey()).isEqualTo("Task_PrepareCase");
    assertThat(cases.variables(key)).containsEntry("registeredAt", date(2026, 12, 18, 9, 0));
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAtTheCentreAndThenHandedToTheAuthorisedOrganisation() throws Exception {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", "lossOfWorkingCapacity").path("businessKey").asText();
    complete(task(key), Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    complete(task(key), Map.of("caseFileNumber", "12-1", "originalsChecked", true));
    // The decision reaches the centre on Monday 14 December 2026 at 10:00.
    at(2026, 12, 14, 10, 0);
    complete(task(key), decision("assigned", "Тағайындалды"));

    Task issue = task(key);
    assertThat(issue.getTaskDefinitionKey()).isEqualTo("Task_IssueResult");
    // One month later is Thursday 14 January 2027, a working day: the storage ends then, 18:00.
    assertThat(issue.getDueDate()).isEqualTo(date(2027, 1, 14, 18, 0));
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(date(2027, 1, 14, 18, 0));
    at(2027, 1, 14, 18, 1);
    cases.fire(storage);

    Task transfer = task(key);
    assertThat(transfer.getTaskDefinitionKey()).isEqualTo("Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-9"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred")
        .containsEntry("resultReadyAt", date(2026, 12, 14, 10, 0));
    assertThat(deadline(cases.status(key), "resultStorage").path("due").asText())
        .isEqualTo("2027-01-14T18:00:00+05:00");
  }

  @Test
  void theCcspDecisionAndTheRefusalNoticeAreCheckedOnTheServer() {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", "lossOfJob").path("businessKey").asText();
    Task prepare = task(key);
    assertThatThrownBy(() -> complete(prepare, Map.of("caseFileNumber", "12-5", "originalsChecked", false)))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("(originalsChecked): толтыру міндетті");
    complete(prepare, Map.of("caseFileNumber", "12-5", "originalsChecked", true));

    Task decide = task(key);
    // The body states the grounds in its decision (item 15, line 12308): the reason is required.
    assertThatThrownBy(() -> complete(decide, Map.of("decision", "refusedNoEntitlement", "decisionNumber", "Ш-1")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(decisionReason): толтыру міндетті");
    assertThatThrownBy(() -> complete(decide, decision("refused", "Негіз")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«refused» мәні тізімде жоқ");
    assertThat(task(key).getId()).isEqualTo(decide.getId());
    complete(decide, decision("refusedNoEntitlement", "Негіз"));

    Task notice = task(key);
    assertThatThrownBy(() -> complete(notice, Map.of("notificationMethod", "phone")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(documentsReturnPrepared): толтыру міндетті");
  }

  @Test
  void theTasklistStartFormChecksTheChannelOfTheSubtype() {
    at(2026, 11, 20, 10, 0);
    Map<String, Object> form = new HashMap<>(Map.of("channel", "psc", "subtype", "childCareToOne",
        "applicantIin", "900515300018", "applicantSurname", "Сейтқали", "applicantName", "Айгүл",
        "applicantPhone", "+7 701 000 00 00", "applicantAddress", "Хромтау, Абай көшесі 5", "region", "Ақтөбе облысы",
        "district", "Хромтау"));
    form.put("documents", DOCUMENTS.get("childCareToOne"));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S04")
        .latestVersion().singleResult().getId();

    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
        .hasMessageContaining(
            "channel: S04 (childCareToOne) бойынша өтініштер мына арналар арқылы қабылданады: [branch]");

    form.put("channel", "branch");
    ProcessInstance started = engine.getFormService().submitStartForm(definition, form);
    assertThat(started.getBusinessKey()).matches("S04-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Task_PrepareCase").variables().containsEntry("documentsComplete", true)
        .containsEntry("registeredAt", date(2026, 11, 20, 10, 0));
  }

  // ---------------------------------------------------------------- helpers

  private static String body(String channel, String subtype, String documents) {
    return """
        {"channel": "%s", "subtype": "%s",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                       "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s}
        """.formatted(channel, subtype, documents);
  }

  private JsonNode apply(String channel, String subtype) {
    return cases.apply(body(channel, subtype, DOCUMENTS.get(subtype)));
  }

  private static Map<String, Object> decision(String decision, String reason) {
    return Map.of("decision", decision, "decisionNumber", "Ш-" + Math.abs(reason.hashCode() % 1000),
        "decisionReason", reason);
  }

  private static JsonNode deadline(JsonNode status, String id) {
    return CaseDriver.deadline(status, id);
  }

  /** The one open step of the case itself (not an escalation). */
  private Task task(String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKeyIn(CASE_TASKS.toArray(String[]::new)).singleResult();
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
