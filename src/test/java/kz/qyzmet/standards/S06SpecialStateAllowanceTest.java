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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * S06, assignment of the special state allowance (decree 1059 annex 6, lines 19633-23266), from the intake API to the
 * result, with the exact statutory dates. The applicant (the same as in S01BasicPensionTest) lives in Хромтау district
 * of Ақтөбе облысы: the centre is psc-aktobe-05 (S06 annex 2, line 21832) and the deciding branch pension-aktobe-12 (S06
 * annex 1, line 20235). Kazakhstan is on UTC+5 throughout; days off in the period besides weekends: 16 December 2026
 * (Wednesday, Independence Day), 1-2 January 2027 (New Year; 2 January is a Saturday, carried over to Monday 4
 * January), 7 January 2027 (Orthodox Christmas, religious: not carried over). A working day ends at 18:00.
 */
@StandardProcessTest
class S06SpecialStateAllowanceTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String ALL_DOCUMENTS =
      "[\"application\", \"identityDocumentCopy\", \"entitlementProof\", \"residenceProof\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S06");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCompleteApplicationAtACentreOnASaturdayRunsToTheNotificationOnTheStatutoryDates() {
    // Centres work Monday to Saturday (item 9.2, line 19762): accepted on Saturday 12 December 2026 at 10:00.
    at(2026, 12, 12, 10, 0);
    JsonNode receipt = apply("psc", ALL_DOCUMENTS);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(4);
    // Hand-over: the next working day after Saturday, Monday 14 December. Service, 10 working days from Monday 14:
    // 15, (16 off) 17, 18, 21, 22, 23, 24, 25, 28, 29 December. Notification, 5 working days: 30, 31 December,
    // (1, 2 January off, 3 Sunday, 4 January off: 2 January carried over) 5, 6, (7 off) 8 January 2027, 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2027-01-08T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("address").asText()).isEqualTo("Хромтау қаласы, Абай көшесі, 12");
    String key = receipt.path("businessKey").asText();
    assertThat(key).startsWith("S06-261212-");

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 14, 18, 0));
    at(2026, 12, 14, 11, 0);
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-601", "documentsHandedOver", true));

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(cases.candidateGroups(review)).containsExactly(BRANCH + ".branchSpecialist");
    // Ten working days after the registration on Monday 14 December (line 19722): Tuesday 29 December.
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 29, 18, 0));
    at(2026, 12, 23, 12, 0);
    cases.complete(review, Map.of("decision", "assigned"));

    Task notify = cases.task(key, "Task_NotifyApplicant");
    // Five working days after Wednesday 23 December (line 19726): 24, 25, 28, 29, 30 December.
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 30, 18, 0));
    at(2026, 12, 24, 9, 0);
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(issue, Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Activity_HandoverToBranch", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "assignmentNotification")
        .containsEntry("resultOutcome", "issued").containsEntry("intakeOfficeId", CENTRE);
    assertThat(cases.status(key).path("result").asText()).isEqualTo("assignmentNotification");
  }

  @Test
  void anIncompleteSetGetsTheRefusalReceiptOfItem16() {
    at(2026, 12, 12, 10, 0);
    JsonNode receipt = apply("mobilePsc", "[\"application\", \"identityDocumentCopy\"]");
    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code"))
        .containsExactly("entitlementProof", "residenceProof");
    assertThat(receipt.path("missingDocuments").findValuesAsText("name"))
        .contains("Жәрдемақы алу құқығын растайтын құжат");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S06, 16-тармақ, 19912-жол");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_IntakeRefused").hasNotPassed("Gateway_Channel");
    assertThat(cases.status(key).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void aRefusalDecidedAtTheBranchIsHandedOutThereAndS06HasNoTerminationGrounds() {
    // Filed at the branch on Monday 28 December 2026: registered when accepted. Ten working days: 29, 30, 31
    // December, (1, 2, 3, 4 January off) 5, 6, (7 off) 8, 11, 12, 13, 14 January 2027.
    at(2026, 12, 28, 10, 0);
    JsonNode receipt = apply("branch", ALL_DOCUMENTS);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    // Notification, 5 working days after 14 January: 15, 18, 19, 20, 21 January 2027.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2027-01-21T18:00:00+05:00");
    String key = receipt.path("businessKey").asText();
    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(date(2027, 1, 14, 18, 0));

    // S06 item 16 has no termination grounds: the S05 decisions are not offered, and the server says so.
    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "childDeath")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«childDeath» мәні тізімде жоқ");

    cases.complete(review, Map.of("decision", "refused",
        "decisionReason", "Тұрғылықты жерін растайтын құжаттың көшірмесі түпнұсқасына сәйкес келмейді"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));
    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(issue, Map.of("recipientFullName", "Сейтқали Айбек", "recipientIdentityDocument", "045123987"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal");
  }

  @Test
  void eachStatutoryTermRunningOutGivesTheRightHeadATaskAndTheCaseGoesOn() {
    // Accepted at the centre on Monday 14 December 2026 at 10:00.
    at(2026, 12, 14, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();

    // Hand-over (S06 item 7.1, line 19718): one working day, Tuesday 15 December 18:00.
    Job handover = cases.timer(key, "Event_HandoverOverdue");
    assertThat(handover.getDuedate()).isEqualTo(date(2026, 12, 15, 18, 0));
    at(2026, 12, 15, 18, 1);
    cases.fire(handover);
    Task centreHead = assertBreach(key, "handover", CENTRE + ".pscHead", "S06 item 7.1, line 19718");
    cases.complete(centreHead, Map.of("escalationMeasure", "Операторға ескерту жасалды, құжаттар жіберілді"));

    // Handed over late, on Thursday 17 December at 09:30 (16 December is off). Service, 10 working days from then
    // (line 19722): 18, 21, 22, 23, 24, 25, 28, 29, 30, 31 December.
    at(2026, 12, 17, 9, 30);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-602", "documentsHandedOver", true));
    Job service = cases.timer(key, "Event_ServiceOverdue");
    assertThat(service.getDuedate()).isEqualTo(date(2026, 12, 31, 18, 0));
    at(2026, 12, 31, 18, 1);
    cases.fire(service);
    assertBreach(key, "service", BRANCH + ".branchHead", "S06 item 7.1, line 19722");
    assertThat(cases.instance(key)).isWaitingAt("Task_ReviewApplication");

    // Decided on Friday 8 January 2027 at 10:00; notification, 5 working days (line 19726): 11, 12, 13, 14, 15 January.
    at(2027, 1, 8, 10, 0);
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    Job notification = cases.timer(key, "Event_NotificationOverdue");
    assertThat(notification.getDuedate()).isEqualTo(date(2027, 1, 15, 18, 0));
    at(2027, 1, 15, 18, 1);
    cases.fire(notification);
    assertBreach(key, "notification", BRANCH + ".branchHead", "S06 item 7.1, line 19726");
    assertThat(cases.task(key, "Task_NotifyApplicant")).isNotNull();

    JsonNode handoverStatus = cases.status(key).path("deadlines").findParents("id").stream()
        .filter(d -> d.path("id").asText().equals("handover")).findFirst().orElseThrow();
    assertThat(handoverStatus.path("due").asText()).isEqualTo("2026-12-15T18:00:00+05:00");
    assertThat(handoverStatus.path("breachedAt").asText()).startsWith("2026-12-15T18:01");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAndThenHandedOver() {
    at(2026, 12, 14, 10, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-603", "documentsHandedOver", true));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "refused", "decisionReason", "Құжаттар толық емес"));
    // The result reaches the centre on Wednesday 30 December 2026 at 10:00.
    at(2026, 12, 30, 10, 0);
    // One month of storage (S06 item 15, line 19904) ends on Saturday 30 January 2027: the term runs to the next
    // working day, Monday 1 February, 18:00.
    SharedScenarios.uncollectedResultIsHandedOver(cases, key, CENTRE, date(2027, 2, 1, 18, 0), "АКТ-06-1",
        "reasonedRefusal");
  }

  @Test
  void thePortalOnlyInformsAndItsRequestIsAnsweredFromTheCaseWithinThirtyMinutes() throws Exception {
    // The portal gives information on the assignment only (items 1 and 5.2): it cannot take the application.
    SharedScenarios.portalOnlyInforms(engine, port, cases, "S06", ALL_DOCUMENTS, BRANCH);
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
