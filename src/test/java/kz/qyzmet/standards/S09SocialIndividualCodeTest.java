package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * S09, social individual code or its duplicate (decree annex 9). The pension unit pension-aktobe-12 (Хромтау) serves the
 * request at the office or from the portal within 15 minutes of it (item 7.1, line 30396): the certificate is signed
 * with the authorised person's EDS (item 5, line 30382), so a clerk's step with a timer, escalated to the unit's head.
 * No application form (item 12); the refusal is oral at the unit and electronic on the portal (item 16).
 */
@StandardProcessTest(standard = "S09", applicant = StandardCaseTest.ZHUMABAEVA)
class S09SocialIndividualCodeTest extends StandardCaseTest {

  static final String UNIT = "pension-aktobe-12";
  static final String DOCUMENTS = "[\"identityDocumentCopy\", \"taxpayerRegistrationNumber\"]";

  @Test
  void atTheUnitTheCertificateIsIssuedWithinFifteenMinutes() {
    // Friday 20 November 2026: arrived 09:40, served from 09:58, documents accepted 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = cases.apply("""
        {"channel": "branch", %s, "documents": %s,
         "arrivedAt": "2026-11-20T09:40:00+05:00", "serviceStartedAt": "2026-11-20T09:58:00+05:00"}
        """.formatted(ZHUMABAEVA, DOCUMENTS));
    // 15 minutes from the request (item 7.1, line 30396): 10:15 the same day.
    String key = assertReceipt(receipt, UNIT, "2026-11-20T10:15:00+05:00");

    Task issue = assertTask(key, "Task_IssueSic", UNIT + ".branchSpecialist", date(2026, 11, 20, 10, 15));
    assertThat(cases.timer(key, "Event_ServiceOverdue").getDuedate()).isEqualTo(date(2026, 11, 20, 10, 15));
    assertThatThrownBy(() -> cases.complete(issue, Map.of("issued", "sicCertificate", "certificateMedium", "paper")))
        .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("(sicNumber): толтыру міндетті");
    at(2026, 11, 20, 10, 9);
    cases.complete(issue, Map.of("issued", "sicCertificate", "sicNumber", "0123456789", "certificateMedium", "paper"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_WhatIssued", "Event_IssuedAtUnit")
        .hasNotPassed("Event_ServiceOverdue", "Event_SentToCabinet");
    assertThat(cases.variables(key)).containsEntry("result", "sicCertificate").containsEntry("waitingMinutes", 18L)
        .containsEntry("serviceMinutes", 11L).containsEntry("resultIssuedAt", date(2026, 11, 20, 10, 9));
    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo("sicCertificate");
  }

  @Test
  void aPortalRequestForADuplicateIsAnsweredInThePersonalCabinet() {
    // Saturday 21 November 2026, 23:40: the portal works around the clock and the 15 minutes run literally (reading
    // in catalogue/S09.yaml): due 23:55 the same night.
    at(2026, 11, 21, 23, 40);
    JsonNode receipt = cases.apply("""
        {"channel": "portal", %s, "documents": ["electronicRequest"]}""".formatted(ZHUMABAEVA));
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(UNIT);
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-11-21T23:55:00+05:00");
    String key = receipt.path("businessKey").asText();
    Task issue = cases.task(key, "Task_IssueSic");
    assertThat(issue.getDueDate()).isEqualTo(date(2026, 11, 21, 23, 55));
    cases.complete(issue, Map.of("issued", "sicDuplicate", "sicNumber", "0123456789", "certificateMedium", "electronic"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_SentToCabinet");
    assertThat(cases.variables(key)).containsEntry("result", "sicDuplicate");
  }

  @Test
  void whenFifteenMinutesPassTheUnitHeadGetsATaskAndTheApplicantIsStillServed() {
    at(2026, 11, 20, 10, 0);
    String key = cases.apply("""
        {"channel": "branch", %s, "documents": %s}""".formatted(ZHUMABAEVA, DOCUMENTS)).path("businessKey").asText();

    fireAMinuteLate(key, "Event_ServiceOverdue", date(2026, 11, 20, 10, 15));

    Task breach = assertBreach(key, "service", UNIT + ".branchHead", "S09, 7.1-тармақ, 30396-жол");
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText()).startsWith("2026-11-20T10:16");
    assertThat(cases.instance(key)).isWaitingAt("Task_IssueSic");
    cases.complete(breach, Map.of("escalationMeasure", "Маман ескертілді"));
    cases.complete(key, "Task_IssueSic", Map.of("issued", "sicCertificate", "sicNumber", "0123456789",
        "certificateMedium", "paper"));
    assertThat(cases.instance(key)).isEnded().hasPassed("Task_EscalateService", "Event_ServiceEscalated",
        "Event_IssuedAtUnit");
  }

  @Test
  void onThePortalTheSignedRequestAloneIsServedAndWithoutItTheRequestIsRefusedInTheCabinet() {
    // Item 11 (lines 30464-30470): on the portal only the EDS-signed request; the identity data come from state systems.
    at(2026, 11, 20, 10, 0);
    JsonNode served = cases.apply("""
        {"channel": "portal", %s, "documents": ["electronicRequest"]}""".formatted(ZHUMABAEVA));
    assertThat(served.path("kind").asText()).isEqualTo("receipt");
    assertThat(cases.instance(served.path("businessKey").asText())).isWaitingAt("Task_IssueSic");

    JsonNode receipt = cases.apply("""
        {"channel": "portal", %s, "documents": []}""".formatted(ZHUMABAEVA));
    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("electronicRequest");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isEnded().hasPassed("Event_RefusedOnPortal");

    var unitsDocumentOnPortal = post("""
        {"standard": "S09", "channel": "portal", %s, "documents": ["electronicRequest", "taxpayerRegistrationNumber"]}
        """.formatted(ZHUMABAEVA));
    assertThat(unitsDocumentOnPortal.statusCode()).isEqualTo(400);
    assertThat(unitsDocumentOnPortal.body()).contains("taxpayerRegistrationNumber тек [branch] арналарында ұсынылады, portal арнасында емес");
  }

  @Test
  void thereIsNoCentreChannel() {
    var response = post("""
        {"standard": "S09", "channel": "psc", %s, "documents": %s}""".formatted(ZHUMABAEVA, DOCUMENTS));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("channel");
  }
}
