package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S11, the one-time burial payment (decree annex 11): applied for only at the branch (pension-aktobe-12, Хромтау
 * аудандық бөлімшесі), decided by the CCSP territorial body (ccsp-aktobe) within five working days from the
 * application (item 7.1, line 38771), paid to a bank or current account (item 15). Kazakhstan is on UTC+5 throughout
 * 2026; 16 December (Wednesday) is the only day off besides weekends in the period; working days close at 18:00 and the
 * day of the application is not counted.
 */
@StandardProcessTest(standard = "S11", applicant = S11BurialPaymentTest.APPLICANT)
class S11BurialPaymentTest extends StandardCaseTest {

  static final String DOCUMENTS = "[\"identityDocumentCopy\", \"civilRegistryCertificate\", \"deathCertificateCopy\"]";

  @Test
  void aPaymentToAnIndividualsBankAccountIsAssignedWithinFiveWorkingDays() {
    // Applied on Friday 20 November 2026 at 10:00, within the reception hours.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", DOCUMENTS);
    assertThat(receipt.path("channel").asText()).isEqualTo("branch");
    assertThat(receipt.path("acceptedAt").asText()).isEqualTo("2026-11-20T10:00:00+05:00");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code"))
        .containsExactly("identityDocumentCopy", "civilRegistryCertificate", "deathCertificateCopy");
    // Five working days from the application, Friday 20 November not counted: 23-27 November: Friday 27 November, 18:00.
    String key = assertReceipt(receipt, BRANCH, "2026-11-27T18:00:00+05:00");
    assertThat(key).matches("S11-261120-[A-Z2-9]{8}");

    Task prepare = assertTask(key, "Task_PrepareCase", BRANCH + ".branchSpecialist", date(2026, 11, 27, 18, 0));
    cases.complete(prepare, payee("individual"));

    Task decide = assertTask(key, "Task_DecideCase", CCSP + ".ccspSpecialist", date(2026, 11, 27, 18, 0));
    at(2026, 11, 25, 15, 0);
    cases.complete(decide, Map.of("decision", "assigned", "decisionNumber", "ШЕШ-11-1"));

    Task pay = cases.task(key, "Task_TransferPayment");
    assertThat(cases.candidateGroups(pay)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(pay, Map.of("paymentOrderNumber", "ТП-88"));
    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH + ".branchSpecialist");
    handOut(issue, "Оразов Ерлан", "047700003");

    assertThat(cases.instance(key)).isEnded().hasPassed("Task_PrepareCase", "Task_DecideCase",
        "Task_TransferPayment", "Event_ResultIssued");
    assertThat(cases.variables(key)).containsEntry("result", "assignment").containsEntry("payeeKind", "individual")
        .containsEntry("accountNumber", "KZ86125KZT5004100100").containsEntry("paymentOrderNumber", "ТП-88");
    assertCompleted(key, "assignment");
  }

  @Test
  void aRefusalByTheCcspBodyIsHandedOutWithoutPayment() {
    at(2026, 11, 20, 10, 0);
    String key = apply("branch", "[\"legalEntityRegistrationCertificateCopy\", \"civilRegistryCertificate\", "
        + "\"deathCertificateCopy\"]").path("businessKey").asText();
    cases.complete(key, "Task_PrepareCase", payee("legalEntity"));
    cases.complete(key, "Task_DecideCase", Map.of("decision", "refused", "decisionNumber", "ШЕШ-11-2",
        "decisionReason", "Қайтыс болуы туралы куәліктің түпнұсқасы ұсынылмаған"));
    cases.complete(key, "Task_IssueResult", Map.of("recipientFullName", "«Мәңгі» ЖШС өкілі",
        "recipientIdentityDocument", "047700004", "resultCollectedByProxy", true));
    assertRefusedOn(key, "incompleteDocuments").containsEntry("payeeKind", "legalEntity");
    assertThat(cases.instance(key)).hasNotPassed("Task_TransferPayment");
  }

  @Test
  void whenTheFiveDaysRunOutTheBranchHeadAndTheCcspHeadGetTasksAnd16DecemberIsSkipped() {
    // Applied on Monday 14 December 2026: 15, 17, 18, 21, 22 December (16 December is a holiday): Tuesday 22 December.
    at(2026, 12, 14, 9, 30);
    JsonNode receipt = apply("branch", DOCUMENTS);
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-22T18:00:00+05:00");
    String key = receipt.path("businessKey").asText();

    Task branchBreach = assertEscalated(key, "Event_PreparationOverdue", date(2026, 12, 22, 18, 0),
        "service", BRANCH + ".branchHead", "S11, 7.1-тармақ, 38771-жол");
    cases.complete(branchBreach, Map.of("escalationMeasure", "Маманға ескерту жасалды"));

    cases.complete(key, "Task_PrepareCase", payee("entrepreneur"));
    Job decision = cases.timer(key, "Event_ServiceOverdue");
    assertThat(decision.getDuedate()).isEqualTo(date(2026, 12, 22, 18, 0));
    cases.fire(decision);
    assertBreach(key, "service", CCSP + ".ccspHead", "S11, 7.1-тармақ, 38771-жол");
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText()).startsWith("2026-12-22T18:01");
    assertThat(cases.instance(key)).isWaitingAt("Task_DecideCase")
        .hasPassed("Event_PreparationEscalated", "Event_ServiceEscalated");
  }

  @Test
  void withoutAnyOfTheThreeDocumentsOfItem11_1TheReceiptNamesTheGroup() {
    at(2026, 11, 20, 10, 0);
    // Item 11.1 (line 38807): the burier's identity document, a legal entity's registration or a patent; none given.
    JsonNode receipt = apply("branch", "[\"civilRegistryCertificate\", \"deathCertificateCopy\"]");
    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("burierIdentity");
    // A legal entity that buried presents its registration instead: complete.
    JsonNode company = apply("branch",
        "[\"legalEntityRegistrationCertificateCopy\", \"civilRegistryCertificate\", \"deathCertificateCopy\"]");
    assertThat(company.path("kind").asText()).isEqualTo("receipt");
  }

  @Test
  void onlyTheBranchTakesApplicationsAndTheAccountMustBeAnIban() {
    at(2026, 11, 20, 10, 0);
    assertThat(refused("psc", null, DOCUMENTS)).contains("channel").contains("[branch]");

    String key = apply("branch", DOCUMENTS).path("businessKey").asText();
    Task prepare = cases.task(key, "Task_PrepareCase");
    Map<String, Object> wrong = new HashMap<>(payee("individual"));
    wrong.put("accountNumber", "40817810099910004312");
    assertFormRefuses(prepare, wrong, "(accountNumber): пішімі дұрыс емес");
  }

  // ---------------------------------------------------------------- helpers

  static final String APPLICANT = """
      "applicant": {"iin": "900515300018", "surname": "Оразов", "name": "Ерлан", "patronymic": "Серікұлы",
                    "phone": "+7 701 000 00 02", "address": "Хромтау, Абай көшесі 9",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  private static Map<String, Object> payee(String kind) {
    return Map.of("payeeKind", kind, "payeeName", "Оразов Ерлан Серікұлы", "accountNumber", "KZ86125KZT5004100100",
        "bankName", "Halyk Bank", "deceasedFullName", "Оразов Серік Жұмаұлы", "documentsVerified", true);
  }
}
