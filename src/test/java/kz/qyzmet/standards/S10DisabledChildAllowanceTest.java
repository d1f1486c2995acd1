package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S10, the allowance to a parent or guardian raising a disabled child (decree annex 10), from the intake API to the
 * result, with the exact statutory dates: the centre's hand-over (1 working day), the branch's decision (10 working days
 * from registration), the notification (5 working days from the decision), and the centre's month of storage. The
 * applicant lives in Хромтау district of Ақтөбе облысы: centre psc-aktobe-05, branch pension-aktobe-12. Kazakhstan is
 * on UTC+5 throughout 2026; 16 December (Wednesday) is the only day off besides weekends in the period; working days
 * close at 18:00.
 */
@StandardProcessTest(standard = "S10", applicant = S10DisabledChildAllowanceTest.APPLICANT)
class S10DisabledChildAllowanceTest extends StandardCaseTest {

  static final String DOCUMENTS = "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", "
      + "\"residenceProof\", \"childDisabilityCertificate\"]";

  @Test
  void falseInformationAndDocumentsFoundIncompleteByTheBranchAreTheTwoRefusalGrounds() {
    at(2026, 11, 20, 10, 0);
    Map<String, String> grounds = Map.of("refusedFalseInformation", "falseInformation",
        "refusedIncompleteDocuments", "incompleteDocuments");
    for (var ground : grounds.entrySet()) {
      String key = apply("branch", DOCUMENTS).path("businessKey").asText();
      cases.complete(key, "Task_ReviewApplication", Map.of("decision", ground.getKey(),
          "decisionNumber", "ШЕШ-10-3", "decisionReason", "Қамқоршылық туралы шешім ұсынылмаған"));
      cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "phone"));
      handOut(key, "Task_IssueResultAtBranch", "Бекова Сәуле", "047700002");
      assertRefusedOn(key, ground.getValue());
    }
  }

  @Test
  void aLateDecisionFromAMobileCentreEscalatesToTheBranchHeadAndTheNotificationSkips16December() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mobilePsc", DOCUMENTS).path("businessKey").asText();
    at(2026, 11, 23, 11, 0);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-302", "documentsHandedOver", true));

    Task breach = assertEscalated(key, "Event_ServiceOverdue", date(2026, 12, 7, 18, 0),
        "service", BRANCH + ".branchHead", "S10, 7.1-тармақ, 33394-жол");
    cases.complete(breach, Map.of("escalationMeasure", "Маманға ескерту жасалды"));
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText()).startsWith("2026-12-07T18:01");

    // Decided on Friday 11 December: 5 working days are 14, 15, 17, 18, 21 December (16 December is a holiday).
    at(2026, 12, 11, 10, 0);
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned", "decisionNumber", "ШЕШ-10-4"));
    Job late = cases.timer(key, "Event_NotificationOverdue");
    assertThat(late.getDuedate()).isEqualTo(date(2026, 12, 21, 18, 0));
    at(2026, 12, 21, 18, 5);
    cases.fire(late);
    assertBreach(key, "notification", BRANCH + ".branchHead", "S10, 7.1-тармақ, 33396-жол");
    assertThat(cases.instance(key)).isNotEnded().hasPassed("Event_ServiceEscalated");
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
}
