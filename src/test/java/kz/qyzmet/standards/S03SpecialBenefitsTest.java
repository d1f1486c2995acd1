package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
 * S03, assignment of the state special benefits (decree annex 3), from the intake API to the result, with the exact
 * statutory dates. The branch decides and signs the certificate (item 5.1, line 8382). The applicant lives in Хромтау
 * district of Ақтөбе облысы: the centre is psc-aktobe-05 and the branch pension-aktobe-12, both listed in the annexes
 * of S03. Kazakhstan is on UTC+5 throughout in 2026; 16 December (Independence Day, a Wednesday) is the only day off
 * in the period, and working days close at 18:00.
 */
@StandardProcessTest
class S03SpecialBenefitsTest {

  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String ALL_DOCUMENTS = "[\"application\", \"identityDocumentCopy\", \"residenceProof\", "
      + "\"bankAccountDetails\", \"workRecordBookCopy\", \"workConditionsCertificate\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    init(engine);
    cases = new CaseDriver(engine, port, "S03");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCompleteApplicationAtACentreRunsToTheCertificateOnTheStatutoryDates() {
    // Accepted on Monday 7 December 2026 at 16:00.
    at(2026, 12, 7, 16, 0);
    JsonNode receipt = apply("psc", ALL_DOCUMENTS);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(6);
    // Hand-over 1 working day (7 December not counted): Tuesday 8 December; service 10 working days from then,
    // 16 December skipped: 9, 10, 11, 14, 15, 17, 18, 21, 22, 23 December; notification 5 working days:
    // 24, 25, 28, 29, 30 December, at 18:00.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-30T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("name").asText()).isNotBlank();
    String key = receipt.path("businessKey").asText();

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(date(2026, 12, 8, 18, 0));
    at(2026, 12, 8, 10, 0);
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-301", "documentsHandedOver", true));

    // Registered on Tuesday 8 December: 9, 10, 11, 14, 15, (16 off), 17, 18, 21, 22, 23 -> Wednesday 23 December.
    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(cases.candidateGroups(review)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 23, 18, 0));
    at(2026, 12, 15, 11, 0);
    cases.complete(review, Map.of("decision", "assigned"));

    // Decided on Tuesday 15 December: 5 working days are 17, 18, 21, 22, 23 December (16 December is a holiday).
    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(cases.candidateGroups(notify)).containsExactly(BRANCH + ".branchSpecialist");
    assertThat(notify.getDueDate()).isEqualTo(date(2026, 12, 23, 18, 0));
    at(2026, 12, 17, 9, 0);
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(issue, Map.of("recipientFullName", "Оспанов Ерлан", "recipientIdentityDocument", "038845120"));

    ProcessInstance s03 = cases.instance(key);
    assertThat(s03).isEnded().hasPassed("Activity_HandoverToBranch", "Task_ReviewApplication",
        "Activity_NotifyDecision", "Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "specialBenefitCertificate")
        .containsEntry("resultOutcome", "issued").containsEntry("intakeOfficeId", CENTRE);
    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("specialBenefitCertificate");
    assertThat(status.path("deadlines").findValuesAsText("id")).contains("handover", "service", "notification");
  }

  @Test
  void aRefusalDecidedAtTheBranchIsHandedOutThere() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", ALL_DOCUMENTS);
    // Registered on acceptance: 10 working days after Friday 20 November is 4 December; + 5 working days: 11 December.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-11T18:00:00+05:00");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(BRANCH);
    String key = receipt.path("businessKey").asText();

    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(review.getDueDate()).isEqualTo(date(2026, 12, 4, 18, 0));
    cases.complete(review, Map.of("decision", "refused",
        "decisionReason", "Жұмыс № 1 және № 2 тізімдерге сәйкес келмейді"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));
    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(issue, Map.of("recipientFullName", "Оспанов Ерлан", "recipientIdentityDocument", "038845120"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal");
  }

  @Test
  void anIncompleteSetGetsTheRefusalReceiptOfItem16() {
    at(2026, 11, 20, 10, 0);
    // Without the employer certificate on the working conditions (item 11.6, line 8488).
    JsonNode receipt = apply("mobilePsc", "[\"application\", \"identityDocumentCopy\", \"residenceProof\", "
        + "\"bankAccountDetails\", \"workRecordBookCopy\"]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("workConditionsCertificate");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S03, 16-тармақ, 8566-жол");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_IntakeRefused").hasNotPassed("Gateway_Channel");
    assertThat(cases.variables(key)).containsEntry("refusalGround", "incompleteDocuments");
    assertThat(cases.status(key).path("status").asText()).isEqualTo("refusedAtIntake");
  }

  @Test
  void anArchiveCertificateStandsInForTheCertificateOfALiquidatedEmployer() {
    at(2026, 11, 20, 10, 0);
    // Line 8490: if the employer has been liquidated, an archive certificate instead of the certificate of 11.6.
    JsonNode receipt = apply("psc", "[\"application\", \"identityDocumentCopy\", \"residenceProof\", "
        + "\"bankAccountDetails\", \"workRecordBookCopy\", \"archiveCertificate\"]");
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).contains("archiveCertificate");
    assertThat(receipt.path("missingDocuments")).isEmpty();
  }

  @Test
  void whenTheServiceTermRunsOutTheBranchHeadGetsATaskAndTheCaseGoesOn() {
    at(2026, 12, 7, 16, 0);
    String key = apply("branch", ALL_DOCUMENTS).path("businessKey").asText();

    // Registered on Monday 7 December: 8, 9, 10, 11, 14, 15, (16 off), 17, 18, 21, 22 -> Tuesday 22 December, 18:00.
    Job timer = cases.timer(key, "Event_ServiceOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 22, 18, 0));
    at(2026, 12, 22, 18, 1);
    cases.fire(timer);

    assertThat(cases.instance(key)).isWaitingAt("Task_ReviewApplication");
    Task breach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(breach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S03 item 7.1, line 8400");
    JsonNode service = cases.status(key).path("deadlines").findParents("id").stream()
        .filter(d -> d.path("id").asText().equals("service")).findFirst().orElseThrow();
    assertThat(service.path("due").asText()).isEqualTo("2026-12-22T18:00:00+05:00");
    assertThat(service.path("breachedAt").asText()).startsWith("2026-12-22T18:01");
  }

  @Test
  void lateHandOverAndLateNotificationEachGiveTheirHeadATask() {
    // Accepted on Saturday 12 December 2026 at a centre (open on Saturdays): the hand-over is due on the first
    // working day after that, Monday 14 December, 18:00.
    at(2026, 12, 12, 11, 0);
    String key = apply("psc", ALL_DOCUMENTS).path("businessKey").asText();
    Job handover = cases.timer(key, "Event_HandoverOverdue");
    assertThat(handover.getDuedate()).isEqualTo(date(2026, 12, 14, 18, 0));
    at(2026, 12, 14, 18, 1);
    cases.fire(handover);
    Task handoverBreach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(handoverBreach)).containsExactly(CENTRE + ".pscHead");
    assertThat(engine.getRuntimeService().getVariable(handoverBreach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S03 item 7.1, line 8398");
    cases.complete(handoverBreach, Map.of("escalationMeasure", "Операторға ескерту жасалды"));

    at(2026, 12, 15, 10, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-302", "documentsHandedOver", true));
    at(2026, 12, 15, 15, 0);
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));

    // Decided on Tuesday 15 December: 17, 18, 21, 22, 23 December -> Wednesday 23 December, 18:00.
    Job notification = cases.timer(key, "Event_NotificationOverdue");
    assertThat(notification.getDuedate()).isEqualTo(date(2026, 12, 23, 18, 0));
    at(2026, 12, 23, 18, 1);
    cases.fire(notification);
    Task notificationBreach = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(notificationBreach)).containsExactly(BRANCH + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(notificationBreach.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo("S03 item 7.1, line 8402");
    assertThat(cases.task(key, "Task_NotifyApplicant")).isNotNull();
  }

  @Test
  void anUncollectedCertificateIsKeptOneMonthAtTheCentreAndThenHandedOver() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mobilePsc", ALL_DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    // The result reaches the centre on Wednesday 2 December 2026 at 12:00: one month later is Saturday 2 January
    // 2027, itself New Year day 2 (a state holiday on a Saturday, so Monday 4 January is its carried-over day off)
    // and Sunday 3 January is a weekend day: the term ends on Tuesday 5 January 2027, 18:00.
    at(2026, 12, 2, 12, 0);
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(issue.getDueDate()).isEqualTo(date(2027, 1, 5, 18, 0));
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(date(2027, 1, 5, 18, 0));
    cases.fire(storage);

    Task transfer = cases.task(key, "Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-9"));
    assertThat(cases.instance(key)).isEnded();
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred")
        .containsEntry("result", "specialBenefitCertificate");
  }

  @Test
  void aReviewWithoutADecisionIsRejectedAndTheStartFormWorksLikeTheApi() {
    at(2026, 11, 20, 10, 0);
    Map<String, Object> form = new HashMap<>(Map.of("channel", "branch", "applicantIin", "900515300018",
        "applicantSurname", "Оспанов", "applicantName", "Ерлан", "applicantPhone", "+7 701 000 00 00",
        "applicantAddress", "Хромтау, Абай көшесі 5", "region", "Ақтөбе облысы", "district", "Хромтау"));
    form.put("documents", ALL_DOCUMENTS);
    ProcessInstance started = engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey("S03").latestVersion().singleResult().getId(), form);
    assertThat(started.getBusinessKey()).matches("S03-261120-[A-Z2-9]{8}");
    assertThat(started).isWaitingAt("Task_ReviewApplication");

    Task review = cases.task(started.getBusinessKey(), "Task_ReviewApplication");
    assertThatThrownBy(() -> cases.complete(review, Map.of()))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("(decision): толтыру міндетті");
    assertThatThrownBy(() -> cases.complete(review, Map.of("decision", "maybe")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("«maybe» мәні тізімде жоқ");
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode apply(String channel, String documents) {
    return cases.apply("""
        {"channel": "%s",
         "applicant": {"iin": "900515300018", "surname": "Оспанов", "name": "Ерлан", "patronymic": "Болатұлы",
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
