package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
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
 * S05, assignment of the childbirth and child-care allowances (decree 1059 annex 5, lines 15934-19632), from the
 * intake API to the result, with the exact statutory dates. The applicant (the same as in S01BasicPensionTest) lives in Хромтау district of Ақтөбе облысы:
 * the centre is psc-aktobe-05 (S05 annex 2, line 18096) and the deciding branch pension-aktobe-12 (S05 annex 1, line
 * 16587). Kazakhstan is on UTC+5 throughout; in the period 16 December 2026 (Wednesday, Independence Day) is a day off,
 * 1-2 January 2027 (New Year; 2 January is a Saturday, carried over to Monday 4 January) and 7 January 2027 (Orthodox
 * Christmas, religious: not carried over). A working day ends at 18:00.
 */
@StandardProcessTest
class S05ChildbirthAllowancesTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String ALL_DOCUMENTS = "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\","
      + " \"residenceProof\", \"familyCompositionInfo\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S05");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCompleteApplicationAtACentreRunsToTheNotificationOnTheStatutoryDates() {
    // Accepted at the centre on Tuesday 1 December 2026 at 10:00.
    at(2026, 12, 1, 10, 0);
    JsonNode receipt = apply("psc", ALL_DOCUMENTS);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).containsExactlyInAnyOrder("application",
        "childBirthCertificate", "identityDocumentCopy", "residenceProof", "familyCompositionInfo");
    // Item 14 receipt: hand-over 1 working day, the day of acceptance not counted: Wed 2 Dec; service 10 working days
    // from then: 3, 4, 7, 8, 9, 10, 11, 14, 15 Dec, (16 Dec off), 17 Dec; notification 5 working days: 18, 21, 22,
    // 23, 24 Dec, at 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-24T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлім");
    assertThat(receipt.path("office").path("address").asText()).isNotBlank();
    String key = receipt.path("businessKey").asText();
    assertThat(key).startsWith("S05-261201-");

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    // One working day after Tuesday 1 December: Wednesday 2 December, 18:00 (S05 item 7.1, line 16038).
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 2, 18, 0));
    // The shared building block names this case's standard, item and line, not S01's (issue 18, point 5), and the
    // hand-over form lists the documents being handed over.
    assertThat(handover.getDescription()).startsWith(key + " өтініші (S05): 1 жұмыс күні мерзімі (")
        .contains("S05 7.1-тармақ, 16038-жол", "02.12.2026 18:00 дейін").doesNotContain("S01");
    assertThat(engine.getTaskService().getVariableLocal(handover.getId(), "handoverDocumentList").toString())
        .contains("Жәрдемақы тағайындау үшін өтініш").doesNotContain("application");
    at(2026, 12, 2, 11, 0);
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-501", "documentsHandedOver", true));

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(cases.candidateGroups(review)).containsExactly(BRANCH + ".branchSpecialist");
    // Ten working days after the registration on Wednesday 2 December (line 16042): 3, 4, 7, 8, 9, 10, 11, 14, 15,
    // (16 off) 17 December.
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 17, 18, 0));
    at(2026, 12, 15, 15, 0);
    cases.complete(review, Map.of("decision", "assigned"));

    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(cases.candidateGroups(notify)).containsExactly(BRANCH + ".branchSpecialist");
    // Five working days after the decision on Tuesday 15 December (line 16046): (16 off) 17, 18, 21, 22, 23 December.
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 23, 18, 0));
    at(2026, 12, 18, 9, 30);
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(issue, Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы",
        "recipientIdentityDocument", "045123987"));

    ProcessInstance s05 = cases.instance(key);
    assertThat(s05).isEnded().hasPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc",
        "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "assignmentNotification")
        .containsEntry("resultOutcome", "issued").containsEntry("decision", "assigned")
        .containsEntry("intakeOfficeId", CENTRE).doesNotContainKey("terminationGround");
    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("assignmentNotification");
  }

  @Test
  void anApplicationAtAMobileCentreIsHandedOverByTheCentre() {
    // A mobile centre takes documents on Saturday 12 December 2026 (centres work Monday to Saturday, item 9.2).
    at(2026, 12, 12, 10, 0);
    JsonNode receipt = apply("mobilePsc", ALL_DOCUMENTS);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    // Hand-over: the next working day after Saturday is Monday 14 December. Service, 10 working days from Monday 14:
    // 15, (16 off) 17, 18, 21, 22, 23, 24, 25, 28, 29 December. Notification, 5 working days: 30, 31 December,
    // (1, 2 January off, 3 Sunday, 4 January off: 2 January carried over) 5, 6, (7 off) 8 January 2027.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2027-01-08T18:00:00+05:00");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isWaitingAt("Activity_HandoverToBranch");
    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 14, 18, 0));
  }

  @Test
  void anIncompleteSetGetsTheRefusalReceiptOfItem16() {
    at(2026, 12, 1, 10, 0);
    JsonNode receipt = apply("psc", "[\"application\", \"identityDocumentCopy\", \"residenceProof\"]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code"))
        .containsExactly("childBirthCertificate", "familyCompositionInfo");
    assertThat(receipt.path("missingDocuments").findValuesAsText("name"))
        .contains("Отбасының құрамы туралы мәліметтер");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S05, 16-тармақ, 16240-жол");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_DocumentsComplete", "Event_IntakeRefused")
        .hasNotPassed("Gateway_Channel");
    assertThat(cases.status(key).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void aRefusalDecidedAtTheBranchIsAReasonedAnswerHandedOutThere() {
    // Filed at the branch on Tuesday 1 December 2026: registered when accepted.
    at(2026, 12, 1, 10, 0);
    JsonNode receipt = apply("branch", ALL_DOCUMENTS);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    // Service 10 working days: 2, 3, 4, 7, 8, 9, 10, 11, 14, 15 December; notification 5: (16 off) 17, 18, 21, 22, 23.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-23T18:00:00+05:00");
    String key = receipt.path("businessKey").asText();

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 15, 18, 0));
    cases.complete(review, Map.of("decision", "refused",
        "decisionReason", "Туу туралы куәліктің көшірмесі түпнұсқасына сәйкес келмейді"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));

    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(issue, Map.of("recipientFullName", "Сейтқали Айбек", "recipientIdentityDocument", "045123987"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal");
  }

  @Test
  void theTerminationGroundsOfItem16AreNotDecisionsOnTheApplication() {
    // Item 16, lines 16252-16268: grounds for stopping an allowance already assigned (reading in catalogue/S05.yaml);
    // the review decides only to assign or to refuse for an incomplete set (line 16240).
    at(2026, 12, 1, 10, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();
    Task review = cases.task(key, "Task_ReviewApplication");

    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "suspended")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«suspended» мәні тізімде жоқ");
    assertThatThrownBy(() -> cases.complete(review, Map.of()))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("(decision): толтыру міндетті");
    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "fullStateCare")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«fullStateCare» мәні тізімде жоқ");

    cases.complete(review, Map.of("decision", "refused", "decisionReason", "Құжаттар толық емес (16-тармақ)"));
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal").doesNotContainKey("terminationGround");
  }

  @Test
  void eachStatutoryTermRunningOutGivesTheRightHeadATaskAndTheCaseGoesOn() {
    at(2026, 12, 1, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();

    // Hand-over (S05 item 7.1, line 16038): one working day after Tuesday 1 December, Wednesday 2 December 18:00.
    Job handover = cases.timer(key, "Event_HandoverOverdue");
    assertThat(handover.getDuedate()).isEqualTo(date(2026, 12, 2, 18, 0));
    at(2026, 12, 2, 18, 1);
    cases.fire(handover);
    Task centreHead = assertBreach(key, "handover", CENTRE + ".pscHead", "S05 item 7.1, line 16038");
    cases.complete(centreHead, Map.of("escalationMeasure", "Операторға ескерту жасалды, құжаттар жіберілді"));

    // The centre hands over late, on Thursday 3 December at 09:00: the service term counts from this registration,
    // 10 working days: 4, 7, 8, 9, 10, 11, 14, 15, (16 off) 17, 18 December (line 16042).
    at(2026, 12, 3, 9, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-502", "documentsHandedOver", true));
    Job service = cases.timer(key, "Event_ServiceOverdue");
    assertThat(service.getDuedate()).isEqualTo(date(2026, 12, 18, 18, 0));
    at(2026, 12, 18, 18, 1);
    cases.fire(service);
    assertBreach(key, "service", BRANCH + ".branchHead", "S05 item 7.1, line 16042");
    assertThat(cases.instance(key)).isWaitingAt("Task_ReviewApplication");

    // Decided on Monday 21 December at 10:00; notification 5 working days: 22, 23, 24, 25, 28 December (line 16046).
    at(2026, 12, 21, 10, 0);
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    Job notification = cases.timer(key, "Event_NotificationOverdue");
    assertThat(notification.getDuedate()).isEqualTo(date(2026, 12, 28, 18, 0));
    at(2026, 12, 28, 18, 1);
    cases.fire(notification);
    assertBreach(key, "notification", BRANCH + ".branchHead", "S05 item 7.1, line 16046");
    assertThat(cases.task(key, "Task_NotifyApplicant")).isNotNull();

    JsonNode service2 = cases.status(key).path("deadlines").findParents("id").stream()
        .filter(d -> d.path("id").asText().equals("service")).findFirst().orElseThrow();
    assertThat(service2.path("due").asText()).isEqualTo("2026-12-18T18:00:00+05:00");
    assertThat(service2.path("breachedAt").asText()).startsWith("2026-12-18T18:01");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAndThenHandedOver() {
    at(2026, 12, 1, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-503", "documentsHandedOver", true));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    // The result reaches the centre on Wednesday 23 December 2026 at 10:00.
    at(2026, 12, 23, 10, 0);
    // One month of storage (S05 item 15, line 16232) ends on Saturday 23 January 2027: the term runs to the next
    // working day, Monday 25 January, 18:00.
    SharedScenarios.uncollectedResultIsHandedOver(cases, key, CENTRE, date(2027, 1, 25, 18, 0), "АКТ-05-1",
        "assignmentNotification");
  }

  @Test
  void thePortalOnlyInformsAndItsRequestIsAnsweredFromTheCaseWithinThirtyMinutes() throws Exception {
    // The portal gives information on the assignment only (items 1 and 5.2): it cannot take the application.
    SharedScenarios.portalOnlyInforms(engine, port, cases, "S05", ALL_DOCUMENTS, BRANCH);
  }

  // ---------------------------------------------------------------- helpers

  private Task assertBreach(String key, String deadlineId, String group, String citation) {
    Task breach = cases.breach(key, deadlineId);
    assertThat(cases.candidateGroups(breach)).containsExactly(group);
    assertThat(cases.citation(breach)).isEqualTo(citation);
    return breach;
  }

  private JsonNode apply(String channel, String documents) {
    return cases.apply("""
        {"channel": "%s",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                       "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s}
        """.formatted(channel, documents));
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    CaseDriver.at(year, month, day, hour, minute);
  }

  private static Date date(int year, int month, int day, int hour, int minute) {
    return CaseDriver.date(year, month, day, hour, minute);
  }
}
