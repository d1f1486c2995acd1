package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S12, certificate of belonging to the recipients of targeted social assistance (decree annex 12). Issued on the spot
 * within 15 minutes of the documents (item 7, line 40760) by the Хромтау district employment department
 * (employment-aktobe-12) or, where the applicant's place has none, by the akim (akimat-aktobe-11, item 1, line 40724).
 * The only refusal: no assistance assigned for the current quarter (item 16, line 40826). A breach of the 15 minutes
 * goes to the head of the district department (item 22, line 40860; reading in catalogue/S12.yaml).
 */
@StandardProcessTest(standard = "S12", applicant = StandardCaseTest.ZHUMABAEVA)
class S12TargetedAssistanceCertificateTest extends StandardCaseTest {

  /** The term of 15 minutes (item 7), which the head's review of a breach cites. */
  static final String CITATION = "S12, 7-тармақ, 40760-жол";
  static final String AKIM = "akimat-aktobe-11";
  /** A rural akim's office of the Хромтау district, added to the directory for a test (no annex lists them). */
  static final String RURAL_AKIM = "rural-akim-aktobe-test";
  static final String DOCUMENTS = "[\"application\", \"identityDocumentCopy\"]";
  /** Arrived 09:30 on Friday 20 November 2026, served from 09:55: 25 minutes in the queue. */
  static final String QUEUED_25_MINUTES = queued("2026-11-20 09:30", "2026-11-20 09:55");

  @Autowired kz.qyzmet.directory.OfficeRouter router;

  @Test
  void theDepartmentIssuesTheAnnex3CertificateOnTheSpot() {
    // Friday 20 November 2026: two people ahead in the queue (arrived 09:30, served from 09:55), documents at 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("employmentDept", null, DOCUMENTS, QUEUED_25_MINUTES);
    // 15 minutes from the documents (item 7, line 40760): 10:15.
    String key = assertReceipt(receipt, EMPLOYMENT_DEPT, "2026-11-20T10:15:00+05:00");

    Task issue = assertTask(key, "Task_IssueCertificateAtDept", EMPLOYMENT_DEPT + ".employmentSpecialist",
        date(2026, 11, 20, 10, 15));
    Map<String, Object> certificate = new HashMap<>(Map.of("tsaThisQuarter", "assigned", "tsaYear", 2026,
        "tsaQuarter", "5", "tsaRegistrationNumber", "АӘК-2026-118", "familyMembers", "Жұмабаева Гүлнар\nЖұмабаев Ерлан"));
    assertFormRefuses(issue, certificate, "(tsaQuarter)", "(signedBy): толтыру міндетті");
    certificate.put("tsaQuarter", "4");
    certificate.put("signedBy", "Бөлім бастығы Т. Сәрсенов");
    at(2026, 11, 20, 10, 7);
    cases.complete(issue, certificate);

    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_TsaAssigned", "Event_CertificateIssued")
        .hasNotPassed("Task_IssueCertificateAtAkim");
    assertThat(cases.variables(key)).containsEntry("result", "tsaCertificate").containsEntry("waitingMinutes", 25L)
        .containsEntry("serviceMinutes", 12L).containsEntry("tsaRegistrationNumber", "АӘК-2026-118");
    assertThat(cases.status(key).path("result").asText()).isEqualTo("tsaCertificate");
  }

  @Test
  void theRuralAkimIsNotInTheDirectorySoTheAkimRouteIsRefusedNamingTheField() {
    // Item 1, line 40724, and annex 3, line 42687: the akim of the settlement, village or rural district signs; no
    // annex lists these akims, so there is no office to route to, and the district akimat does not take their place.
    at(2026, 11, 20, 10, 0);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S12").count();
    assertThat(refused("akim", null, DOCUMENTS)).contains("officeId").contains("ruralAkim").doesNotContain(AKIM);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S12").count())
        .isEqualTo(before);
  }

  @Test
  void theRuralAkimRefusesWhenNoAssistanceWasAssignedForTheCurrentQuarter() {
    at(2026, 11, 20, 10, 0);
    withRuralAkim(() -> {
      JsonNode receipt = apply("akim", DOCUMENTS);
      assertThat(receipt.path("office").path("id").asText()).isEqualTo(RURAL_AKIM);
      String key = receipt.path("businessKey").asText();

      Task issue = assertTask(key, "Task_IssueCertificateAtAkim", RURAL_AKIM + ".ruralAkim", date(2026, 11, 20, 10, 15));
      cases.complete(issue, Map.of("tsaThisQuarter", "notAssigned", "tsaYear", 2026, "tsaQuarter", "4",
          "signedBy", "Ауылдық округ әкімі"));

      assertThat(cases.instance(key)).isEnded().hasPassed("Event_Refused").hasNotPassed("Event_CertificateIssued");
      assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
          .containsEntry("refusalGround", "noTsaDataCurrentQuarter");
    });
  }

  @Test
  void theWaitingNormIsFifteenMinutesTimesThePeopleAheadAndAnExceededOneIsABreach() {
    // Item 7, line 40764: "кезектегі адам саны × 15 минут". Arrived 09:30, served from 09:55: 25 minutes.
    at(2026, 11, 20, 10, 0);
    String kept = apply("employmentDept", null, DOCUMENTS, QUEUED_25_MINUTES, "\"peopleAheadInQueue\": 2")
        .path("businessKey").asText();
    assertThat(cases.variables(kept)).containsEntry("waitingMinutes", 25L).containsEntry("waitingLimit", 30)
        .doesNotContainKey("breach_waiting");
    assertThat(cases.status(kept).path("serviceNorms").path("waitingLimit").asInt()).isEqualTo(30);

    String breached = apply("employmentDept", null, DOCUMENTS, QUEUED_25_MINUTES, "\"peopleAheadInQueue\": 1")
        .path("businessKey").asText();
    assertThat(cases.variables(breached)).containsEntry("waitingLimit", 15)
        .containsEntry("breach_waiting", date(2026, 11, 20, 9, 45));
    assertThat(cases.status(breached).path("serviceNorms").path("waitingBreachedAt").asText())
        .startsWith("2026-11-20T09:45");

    assertThat(refused("employmentDept", null, DOCUMENTS, "\"peopleAheadInQueue\": -1")).contains("peopleAheadInQueue");
  }

  @Test
  void whenTheDepartmentTakesLongerThanFifteenMinutesItsHeadGetsATask() {
    at(2026, 11, 20, 10, 0);
    Overdue overdue = assertOverdueAtTheCounter("employmentDept", null, DOCUMENTS, "Event_DeptServiceOverdue",
        date(2026, 11, 20, 10, 15), EMPLOYMENT_DEPT + ".employmentHead", CITATION, "Task_IssueCertificateAtDept");
    cases.complete(overdue.review(), Map.of("escalationMeasure", "Маманға ескерту жасалды"));
  }

  @Test
  void theFifteenMinutesRunFromTheMomentTheDepartmentServesNotFromAnApplicationAtNight() {
    // Accepted through the API on Sunday 6 December 2026 at 23:46: the department serves Monday to Friday 9:00-18:00
    // with lunch 13:00-14:00 (calendar/office-hours.yaml), so the 15 minutes of item 7 (line 40760) run from Monday
    // 09:00 and end at 09:15, not at 00:01.
    at(2026, 12, 6, 23, 46);
    JsonNode receipt = apply("employmentDept", DOCUMENTS);
    assertThat(receipt.path("officeServesFrom").asText()).isEqualTo("2026-12-07T09:00:00+05:00");
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-07T09:15:00+05:00");
    String key = receipt.path("businessKey").asText();
    var timer = cases.timer(key, "Event_DeptServiceOverdue");
    assertThat(timer.getDuedate()).isEqualTo(date(2026, 12, 7, 9, 15));
    assertThat(cases.task(key, "Task_IssueCertificateAtDept").getDueDate()).isEqualTo(date(2026, 12, 7, 9, 15));
    assertThat(cases.status(key).path("officeServesFrom").asText()).startsWith("2026-12-07T09:00");
    assertThat(cases.variables(key)).doesNotContainKey("breach_service");

    // Accepted at 12:55 on a working day: five minutes before lunch, ten after it.
    at(2026, 12, 7, 12, 55);
    JsonNode beforeLunch = apply("employmentDept", DOCUMENTS);
    assertThat(beforeLunch.path("officeServesFrom").isNull() || beforeLunch.path("officeServesFrom").isMissingNode())
        .isTrue();
    assertThat(cases.timer(beforeLunch.path("businessKey").asText(), "Event_DeptServiceOverdue").getDuedate())
        .isEqualTo(date(2026, 12, 7, 14, 10));
  }

  @Test
  void whenTheAkimTakesLongerThanFifteenMinutesTheDistrictDepartmentHeadGetsATask() {
    at(2026, 11, 20, 16, 50);
    withRuralAkim(() -> {
      // 16:50 + 15 minutes = 17:05, the same day (minutes are not counted on the working-day calendar).
      assertOverdueAtTheCounter("akim", null, DOCUMENTS, "Event_AkimServiceOverdue", date(2026, 11, 20, 17, 5),
          EMPLOYMENT_DEPT + ".employmentHead", CITATION, "Task_IssueCertificateAtAkim");
    });
  }

  @Test
  void thereIsNoCentreOrPortalChannel() {
    assertThat(refused("portal", null, DOCUMENTS)).contains("employmentDept").contains("akim");
  }

  // ---------------------------------------------------------------- helpers

  /** Runs the steps with a rural akim of Хромтау in the directory, and takes it out again. */
  private void withRuralAkim(Runnable steps) {
    var offices = router.offices();
    var ruralAkim = new kz.qyzmet.directory.Office(RURAL_AKIM, kz.qyzmet.directory.OfficeKind.ruralAkim,
        "Ақтөбе облысы", "150000000", "Хромтау", "Тассай", "1", "Тассай ауылдық округінің әкімі",
        "Тассай ауылы", null, null, null, null, 40724, java.util.List.of("S12"), java.util.List.of(), java.util.List.of());
    router.reload(java.util.stream.Stream.concat(offices.stream(), java.util.stream.Stream.of(ruralAkim)).toList());
    try {
      steps.run();
    } finally {
      router.reload(offices);
    }
  }
}
