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
 * S10, the allowance to a parent or guardian raising a disabled child (decree annex 10), from the intake API to the
 * result, with the exact statutory dates: the centre's hand-over (1 working day), the branch's decision (10 working days
 * from registration), the notification (5 working days from the decision), and the centre's month of storage. The
 * applicant lives in Хромтау district of Ақтөбе облысы: centre psc-aktobe-05, branch pension-aktobe-12. Kazakhstan is
 * on UTC+5 throughout 2026; 16 December (Wednesday) is the only day off besides weekends in the period; working days
 * close at 18:00.
 */
@StandardProcessTest
class S10DisabledChildAllowanceTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String DOCUMENTS = "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", "
      + "\"residenceProof\", \"childDisabilityCertificate\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S10");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAllowanceAppliedForAtACentreIsAssignedByTheBranchAndHandedOutAtTheCentre() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", DOCUMENTS);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("standard").asText()).isEqualTo("S10");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(5)
        .contains("childDisabilityCertificate");
    // Hand-over 1 working day, Friday 20 November not counted: Monday 23 November; 10 working days: 24-27 November,
    // 30 November, 1-4 December, 7 December; notification 5 working days: 8-11 December, 14 December, 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-14T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    String key = receipt.path("businessKey").asText();
    assertThat(key).matches("S10-261120-[A-Z2-9]{8}");

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 11, 0);
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-301", "documentsHandedOver", true));

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(cases.candidateGroups(review)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 7, 18, 0));
    at(2026, 12, 2, 15, 0);
    cases.complete(review, Map.of("decision", "assigned", "decisionNumber", "ШЕШ-10-1"));

    // Decided on Wednesday 2 December: 5 working days are 3, 4, 7, 8, 9 December.
    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(cases.candidateGroups(notify)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 9, 18, 0));
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(issue, Map.of("recipientFullName", "Бекова Сәуле", "recipientIdentityDocument", "047700002"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Activity_HandoverToBranch", "Task_ReviewApplication",
        "Activity_NotifyDecision", "Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "assignmentNotification")
        .containsEntry("resultOutcome", "issued");
    assertThat(cases.status(key).path("result").asText()).isEqualTo("assignmentNotification");
  }

  @Test
  void falseInformationIsARefusalGroundHandedOutAtTheBranch() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", DOCUMENTS);
    // Filed at the branch: registered on acceptance; 10 working days: 4 December; 5 more: 7-11 December.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-11T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    String key = receipt.path("businessKey").asText();
    assertThat(cases.task(key, "Task_ReviewApplication").getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "refusedFalseInformation",
        "decisionNumber", "ШЕШ-10-2", "decisionReason", "Баланың мүгедектігі туралы анықтама жалған"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));
    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(issue, Map.of("recipientFullName", "Бекова Сәуле", "recipientIdentityDocument", "047700002"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", "falseInformation");
  }

  @Test
  void documentsFoundIncompleteByTheBranchAreTheOtherRefusalGround() {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "refusedIncompleteDocuments",
        "decisionNumber", "ШЕШ-10-3", "decisionReason", "Қамқоршылық туралы шешім ұсынылмаған"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "phone"));
    cases.complete(key, "Task_IssueResultAtBranch", Map.of("recipientFullName", "Бекова Сәуле",
        "recipientIdentityDocument", "047700002"));
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", "incompleteDocuments");
  }

  @Test
  void aLateDecisionFromAMobileCentreEscalatesToTheBranchHeadAndTheNotificationSkips16December() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mobilePsc", DOCUMENTS).path("businessKey").asText();
    at(2026, 11, 23, 11, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-302", "documentsHandedOver", true));

    Job timer = cases.timer(key, "Event_ServiceOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 7, 18, 0));
    at(2026, 12, 7, 18, 1);
    cases.fire(timer);
    Task breach = breach(key, "service");
    assertThat(cases.candidateGroups(breach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S10 item 7.1, line 33394");
    cases.complete(breach, Map.of("escalationMeasure", "Маманға ескерту жасалды"));
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText()).startsWith("2026-12-07T18:01");

    // Decided on Friday 11 December: 5 working days are 14, 15, 17, 18, 21 December (16 December is a holiday).
    at(2026, 12, 11, 10, 0);
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-10-4"));
    Job late = cases.timer(key, "Event_NotificationOverdue");
    assertThat(late.getDuedate()).isEqualTo(date(2026, 12, 21, 18, 0));
    at(2026, 12, 21, 18, 5);
    cases.fire(late);
    Task notificationBreach = breach(key, "notification");
    assertThat(cases.candidateGroups(notificationBreach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(notificationBreach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S10 item 7.1, line 33396");
    assertThat(cases.instance(key)).isNotEnded().hasPassed("Event_ServiceEscalated");
  }

  @Test
  void whenTheCentreIsLateWithTheHandOverTheCentreHeadGetsATask() {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", DOCUMENTS).path("businessKey").asText();
    Job timer = cases.timer(key, "Event_HandoverOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 18, 1);
    cases.fire(timer);
    Task breach = breach(key, "handover");
    assertThat(cases.candidateGroups(breach)).containsExactly(CENTRE + ".pscHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S10 item 7.1, line 33392");
  }

  @Test
  void anIncompleteSetIsNotAcceptedAtTheCentreAndRefusedAtTheBranch() {
    at(2026, 11, 20, 10, 0);
    String withoutCertificate = "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", "
        + "\"residenceProof\"]";
    JsonNode atCentre = apply("psc", withoutCertificate);
    assertThat(atCentre.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(atCentre.path("missingDocuments").findValuesAsText("code")).containsExactly("childDisabilityCertificate");
    assertThat(atCentre.path("refusal").path("citation").asText()).isEqualTo("S10, 16-тармақ, 33544-жол");
    String centreKey = atCentre.path("businessKey").asText();
    assertThat(cases.instance(centreKey)).isEnded().hasPassed("Event_IntakeRefusedAtPsc");
    assertThat(cases.variables(centreKey)).containsEntry("refusalGround", "incompleteDocumentsAtPsc");
    assertThat(cases.status(centreKey).path("status").asText()).isEqualTo("refusedAtIntake");

    JsonNode atBranch = apply("branch", withoutCertificate);
    assertThat(atBranch.path("refusal").path("citation").asText()).isEqualTo("S10, 16-тармақ, 33542-жол");
    String branchKey = atBranch.path("businessKey").asText();
    assertThat(cases.instance(branchKey)).isEnded().hasPassed("Event_ServiceRefusedIncomplete");
    assertThat(cases.variables(branchKey)).containsEntry("refusalGround", "incompleteDocuments")
        .containsEntry("result", "reasonedRefusal");
  }

  @Test
  void anUncollectedResultIsKeptOneMonthAtTheCentreAndThenHandedToTheAuthorizedOrganisation() {
    at(2026, 11, 20, 10, 0);
    String key = apply("psc", DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-303", "documentsHandedOver", true));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-10-5"));
    // The result reaches the centre on Thursday 10 December 2026 at 10:00.
    at(2026, 12, 10, 10, 0);
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    // One month later is Sunday 10 January 2027: the term ends on the next working day, Monday 11 January, 18:00.
    assertThat(cases.task(key, "Task_IssueResult").getDueDate()).isEqualTo(date(2027, 1, 11, 18, 0));
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(date(2027, 1, 11, 18, 0));
    cases.fire(storage);
    Task transfer = cases.task(key, "Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-10"));
    assertThat(cases.instance(key)).isEnded();
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred");
  }

  @Test
  void thereIsNoPortalChannelNorPortalInformationAndADecisionNeedsItsNumber() {
    at(2026, 11, 20, 10, 0);
    Http http = new Http(port);
    var portal = http.postJson("/api/applications", """
        {"standard": "S10", "channel": "portal", %s, "documents": %s}""".formatted(APPLICANT, DOCUMENTS),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(portal.statusCode()).isEqualTo(400);
    assertThat(portal.body()).contains("channel");

    String key = apply("branch", DOCUMENTS).path("businessKey").asText();
    var information = http.postJson("/api/applications/" + key + "/information-requests", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(information.statusCode()).isEqualTo(400);
    assertThat(information.body()).contains("S10 бойынша порталда ақпарат берілмейді");

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "assigned")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(decisionNumber): толтыру міндетті");
  }

  // ---------------------------------------------------------------- helpers

  static final String APPLICANT = """
      "applicant": {"iin": "900515300018", "surname": "Бекова", "name": "Сәуле", "patronymic": "Серікқызы",
                    "phone": "+7 701 000 00 01", "address": "Хромтау, Абай көшесі 7",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  private JsonNode apply(String channel, String documents) {
    return cases.apply("""
        {"channel": "%s", %s, "documents": %s}
        """.formatted(channel, APPLICANT, documents));
  }

  private Task breach(String key, String deadlineId) {
    return cases.breach(key, deadlineId);
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
