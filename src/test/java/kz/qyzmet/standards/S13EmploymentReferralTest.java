package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S13, referral to active forms of employment assistance (decree annex 13): six sub-services served on the spot by the
 * Хромтау district employment department (employment-aktobe-12) within 30 minutes of the documents (item 7.1, line
 * 44918). Refused only when the applicant is not registered as unemployed, except job placement and vocational guidance
 * (item 16, line 45008). A breach goes to the department's head.
 */
@StandardProcessTest(standard = "S13", applicant = StandardCaseTest.ZHUMABAEVA)
class S13EmploymentReferralTest extends StandardCaseTest {

  static final String DEPT = EMPLOYMENT_DEPT;
  static final String DOCUMENTS = "[\"identityDocumentCopy\", \"employmentProof\", \"sicCertificate\", "
      + "\"taxpayerRegistrationNumber\"]";

  @Test
  void aRegisteredUnemployedPersonGetsAYouthPracticeReferral() {
    // Friday 20 November 2026: arrived 09:25, served from 10:00 (35 minutes: over the 30-minute norm of item 7.2, within
    // the 40 minutes of indicator 1.2; reading in catalogue/S13.yaml), documents registered at 10:05.
    at(2026, 11, 20, 10, 5);
    JsonNode receipt = applyFor("youthPractice", queued("2026-11-20 09:25", "2026-11-20 10:00"));
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(DEPT);
    // 30 minutes from the documents (item 7.1, line 44918): 10:35.
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-11-20T10:35:00+05:00");
    String key = receipt.path("businessKey").asText();

    Task issue = assertTask(key, "Task_IssueReferral", DEPT + ".employmentSpecialist", date(2026, 11, 20, 10, 35));
    at(2026, 11, 20, 10, 20);
    cases.complete(issue, Map.of("unemployedRegistration", "registered", "referralNumber", "ЖП-2026-31",
        "referralTo", "«Хромтау кен байыту» ЖШС"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_Registered", "Event_ReferralIssued");
    assertThat(cases.variables(key)).containsEntry("result", "referral").containsEntry("subtype", "youthPractice")
        .containsEntry("waitingMinutes", 35L).containsEntry("serviceMinutes", 20L);
    assertThat(cases.status(key).path("result").asText()).isEqualTo("referral");
  }

  @Test
  void publicWorksAreRefusedToSomeoneNotRegisteredAsUnemployed() {
    at(2026, 11, 20, 10, 0);
    String key = applyFor("publicWorks").path("businessKey").asText();
    Task issue = cases.task(key, "Task_IssueReferral");
    assertFormRefuses(issue, Map.of("referralNumber", "1"), "(unemployedRegistration): толтыру міндетті");
    cases.complete(issue, Map.of("unemployedRegistration", "notRegistered"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_RefusedNotRegistered");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", "notRegisteredAsUnemployed");
  }

  @Test
  void socialJobsAndVocationalTrainingGoThroughTheRegistrationCheck() {
    at(2026, 11, 20, 10, 0);
    for (String subtype : new String[] {"socialJobs", "vocationalTraining"}) {
      String key = applyFor(subtype).path("businessKey").asText();
      cases.complete(key, "Task_IssueReferral", Map.of("unemployedRegistration", "registered",
          "referralNumber", "ӘЖО-7", "referralTo", "Хромтау политехникалық колледжі"));
      assertThat(cases.instance(key)).isEnded().hasPassed("Task_IssueReferral", "Event_ReferralIssued");
      assertThat(cases.variables(key)).containsEntry("result", "referral").containsEntry("subtype", subtype);
    }
  }

  @Test
  void jobPlacementNeedsNoRegistrationAndHasNoRefusal() {
    at(2026, 11, 20, 10, 0);
    String key = applyFor("jobPlacement").path("businessKey").asText();
    Task issue = assertTask(key, "Task_IssuePlacementReferral", DEPT + ".employmentSpecialist", date(2026, 11, 20, 10, 30));
    assertFormRefuses(issue, Map.of("referralNumber", "ЖО-1"), "(referralTo): толтыру міндетті");
    cases.complete(issue, Map.of("referralNumber", "ЖО-1", "referralTo", "«Ақтөбе темір» АҚ"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ReferralIssued").hasNotPassed("Gateway_Registered");
    assertThat(cases.variables(key)).containsEntry("result", "referral");
  }

  @Test
  void vocationalGuidanceEndsWithAnOralConsultation() {
    at(2026, 11, 20, 10, 0);
    String key = applyFor("vocationalGuidance").path("businessKey").asText();
    Task guidance = cases.task(key, "Task_GiveVocationalGuidance");
    assertThat(guidance.getDueDate()).isEqualTo(date(2026, 11, 20, 10, 30));
    cases.complete(guidance, Map.of("occupationsAdvised", "Дәнекерлеуші, электромонтер"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_GuidanceGiven");
    assertThat(cases.variables(key)).containsEntry("result", "guidanceConsultation");
  }

  @Test
  void everyCounterStepEscalatesToTheDepartmentHeadAfterThirtyMinutes() {
    // Accepted at 17:45 on Friday 20 November 2026: the department serves until 18:00 (calendar/office-hours.yaml), so
    // 15 of the 30 minutes run that evening and the other 15 on Monday from 09:00: due Monday 23 November, 09:15.
    at(2026, 11, 20, 17, 45);
    Map<String, List<String>> steps = Map.of(
        "jobPlacement", List.of("Event_PlacementServiceOverdue", "Task_IssuePlacementReferral"),
        "publicWorks", List.of("Event_ReferralServiceOverdue", "Task_IssueReferral"),
        "vocationalGuidance", List.of("Event_GuidanceServiceOverdue", "Task_GiveVocationalGuidance"));
    for (var step : steps.entrySet()) {
      at(2026, 11, 20, 17, 45);
      Overdue overdue = assertOverdueAtTheCounter("employmentDept", step.getKey(), DOCUMENTS,
          step.getValue().get(0), date(2026, 11, 23, 9, 15), DEPT + ".employmentHead", "S13, 7.1-тармақ, 44918-жол",
          step.getValue().get(1));
      cases.complete(overdue.review(), Map.of("escalationMeasure", "Кезек ұйымдастырылды"));
    }
  }

  @Test
  void theSubtypeIsRequired() {
    assertThat(refused("employmentDept", null, DOCUMENTS)).contains("subtype").contains("vocationalGuidance");
  }

  /** Applies at the department for the sub-type with the complete documents (and the further members {@code more}). */
  private JsonNode applyFor(String subtype, String... more) {
    return apply("employmentDept", subtype, DOCUMENTS, more);
  }
}
