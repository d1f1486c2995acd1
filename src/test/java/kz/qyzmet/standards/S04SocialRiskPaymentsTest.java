package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

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
@StandardProcessTest(standard = "S04")
class S04SocialRiskPaymentsTest extends StandardCaseTest {

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

  final ObjectMapper json = new ObjectMapper();

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
    JsonNode receipt = applyFor("branch", "pregnancyAndChildbirth");
    // Filed at the branch: registered when accepted; 15 working days after Friday 20 November:
    // 23-27 Nov (5), 30 Nov-4 Dec (10), 7-11 Dec (15): Friday 11 December, 18:00.
    String key = assertReceipt(receipt, BRANCH, "2026-12-11T18:00:00+05:00");
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлімшесі");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(6).contains("sickLeaveSheet");

    prepareAndDecide(key, "12-1190", date(2026, 12, 11, 18, 0),
        decision("refusedNoEntitlement", "Әлеуметтік қатер басталғанға дейін әлеуметтік аударымдар төленбеген"));

    Task notice = step(key, "Task_NotifyRefusal", BRANCH + ".branchSpecialist");
    assertThat(notice.getDueDate()).as("S04 sets no notification term").isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(notice.getProcessInstanceId())
        .timers().count()).isZero();
    complete(notice, Map.of("notificationMethod", "phone", "documentsReturnPrepared", true));

    handOut(step(key, "Task_IssueResultAtBranch", BRANCH + ".branchSpecialist"), "Сейтқали Айгүл", "045123988");

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
    JsonNode receipt = applyFor("mobilePsc", "lossOfBreadwinner");
    // Hand-over: Tuesday 1 December. Service 15 working days from then: 2-4 Dec (3), 7-11 Dec (8), 14-15 Dec (10),
    // Wednesday 16 December is Independence Day, 17-18 Dec (12), 21-23 Dec (15): Wednesday 23 December, 18:00.
    String key = assertReceipt(receipt, CENTRE, "2026-12-23T18:00:00+05:00");

    Task handover = task(key);
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 1, 18, 0));
    at(2026, 12, 1, 9, 0);
    complete(handover, Map.of("handoverRegisterNumber", "ТЗ-219", "documentsHandedOver", true));
    // Registered at the branch on Tuesday 1 December, the hand-over's due day: the same 23 December as the receipt.
    prepareAndDecide(key, "12-1201", date(2026, 12, 23, 18, 0),
        decision("refusedIncompleteDocuments", "Туыстық қарым-қатынасты растайтын құжат нотариалды куәландырылмаған"));

    complete(step(key, "Task_NotifyRefusal", BRANCH + ".branchSpecialist"),
        Map.of("notificationMethod", "psc", "documentsReturnPrepared", true));
    handOut(step(key, "Task_IssueResult", CENTRE + ".pscOperator"), "Сейтқали Айбек", "045123987");

    assertRefusedOn(key, "incompleteDocuments").containsEntry("channel", "mobilePsc");
    assertThat(cases.instance(key))
        .hasPassed("Activity_HandoverToBranch", "Task_NotifyRefusal", "Activity_IssueResultAtPsc")
        .hasNotPassed("Task_IssueResultAtBranch");
  }

  @Test
  void childCareAndNewbornAdoptionAtTheBranchAreAssignedAndHandedOutThere() {
    at(2026, 11, 20, 10, 0);
    for (String subtype : List.of("childCareToOne", "newbornAdoption", "lossOfJob")) {
      String key = applyFor("branch", subtype).path("businessKey").asText();
      complete(task(key), Map.of("caseFileNumber", "12-" + subtype.length(), "originalsChecked", true));
      complete(task(key), decision("assigned", "Тағайындалды"));
      Task issue = task(key);
      assertThat(issue.getTaskDefinitionKey()).as(subtype).isEqualTo("Task_IssueResultAtBranch");
      handOut(issue, "Сейтқали Айгүл", "045123988");

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
  void whenTheServiceTermRunsOutAtTheCcspBodyItsHeadGetsATask() throws Exception {
    // Same dates as above: filed at the branch on Monday 30 November 2026, due Tuesday 22 December, 18:00.
    at(2026, 11, 30, 10, 0);
    String key = applyFor("branch", "lossOfJob").path("businessKey").asText();
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
  void theCcspDecisionAndTheRefusalNoticeAreCheckedOnTheServer() {
    at(2026, 11, 20, 10, 0);
    String key = applyFor("branch", "lossOfJob").path("businessKey").asText();
    Task prepare = task(key);
    assertFormRefuses(prepare, Map.of("caseFileNumber", "12-5", "originalsChecked", false),
        "(originalsChecked): толтыру міндетті");
    complete(prepare, Map.of("caseFileNumber", "12-5", "originalsChecked", true));

    Task decide = task(key);
    // The body states the grounds in its decision (item 15, line 12308): the reason is required.
    assertFormRefuses(decide, Map.of("decision", "refusedNoEntitlement", "decisionNumber", "Ш-1"),
        "(decisionReason): толтыру міндетті");
    assertFormRefuses(decide, decision("refused", "Негіз"), "«refused» мәні тізімде жоқ");
    assertThat(task(key).getId()).isEqualTo(decide.getId());
    complete(decide, decision("refusedNoEntitlement", "Негіз"));

    Task notice = task(key);
    assertFormRefuses(notice, Map.of("notificationMethod", "phone"), "(documentsReturnPrepared): толтыру міндетті");
  }

  @Test
  void theTasklistStartFormChecksTheChannelOfTheSubtype() {
    at(2026, 11, 20, 10, 0);
    Map<String, Object> form = startForm("psc", "childCareToOne", DOCUMENTS.get("childCareToOne"));

    assertThatThrownBy(() -> submitStartForm(form))
        .hasMessageContaining(
            "channel: S04 (childCareToOne) бойынша өтініштер мына арналар арқылы қабылданады: [branch]");

    form.put("channel", "branch");
    ProcessInstance started = submitStartForm(form);
    assertThat(started.getBusinessKey()).matches("S04-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Task_PrepareCase").variables().containsEntry("documentsComplete", true)
        .containsEntry("registeredAt", date(2026, 11, 20, 10, 0));
  }

  // ---------------------------------------------------------------- helpers

  private static String body(String channel, String subtype, String documents) {
    return "{\"channel\": \"" + channel + "\", \"subtype\": \"" + subtype + "\", " + SEITKALI + ", \"documents\": "
        + documents + "}";
  }

  /** Applies for the sub-type with its complete document list. */
  private JsonNode applyFor(String channel, String subtype) {
    return apply(channel, subtype, DOCUMENTS.get(subtype));
  }

  private static Map<String, Object> decision(String decision, String reason) {
    return Map.of("decision", decision, "decisionNumber", "Ш-" + Math.abs(reason.hashCode() % 1000),
        "decisionReason", reason);
  }

  /** The case's one open step {@code definition}, held by {@code group}. */
  private Task step(String key, String definition, String group) {
    Task step = task(key);
    assertThat(step.getTaskDefinitionKey()).isEqualTo(definition);
    assertThat(cases.candidateGroups(step)).as(definition).containsExactly(group);
    return step;
  }

  /** The branch prepares the case (file {@code fileNumber}), then the CCSP body decides; both steps are due at {@code due}. */
  private void prepareAndDecide(String key, String fileNumber, Date due, Map<String, Object> decision) {
    Task prepare = step(key, "Task_PrepareCase", BRANCH + ".branchSpecialist");
    assertThat(prepare.getDueDate()).as("preparation").isEqualTo(due);
    complete(prepare, Map.of("caseFileNumber", fileNumber, "originalsChecked", true));
    Task decide = task(key);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideApplication");
    assertThat(decide.getDueDate()).as("decision").isEqualTo(due);
    complete(decide, decision);
  }

  /** The one open step of the case itself (not an escalation). */
  private Task task(String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKeyIn(CASE_TASKS.toArray(String[]::new)).singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    cases.complete(task, variables);
  }
}
