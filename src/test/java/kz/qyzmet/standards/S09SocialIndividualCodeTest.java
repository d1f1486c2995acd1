package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
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

  /** The pension unit: the branch of Хромтау district. */
  static final String UNIT = BRANCH;
  static final String DOCUMENTS = "[\"identityDocumentCopy\", \"taxpayerRegistrationNumber\"]";
  /** On the portal only the e-signed request (item 11, lines 30464-30470). */
  static final String ON_PORTAL = "[\"electronicRequest\"]";

  @Test
  void atTheUnitTheCertificateIsIssuedWithinFifteenMinutes() {
    // Friday 20 November 2026: arrived 09:40, served from 09:58, documents accepted 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", null, DOCUMENTS, queued("2026-11-20 09:40", "2026-11-20 09:58"));
    // 15 minutes from the request (item 7.1, line 30396): 10:15 the same day.
    String key = assertReceipt(receipt, UNIT, "2026-11-20T10:15:00+05:00");

    Task issue = assertTask(key, "Task_IssueSic", UNIT + ".branchSpecialist", date(2026, 11, 20, 10, 15));
    assertThat(cases.timer(key, "Event_ServiceOverdue").getDuedate()).isEqualTo(date(2026, 11, 20, 10, 15));
    assertFormRefuses(issue, Map.of("issued", "sicCertificate", "certificateMedium", "paper"),
        "(sicNumber): толтыру міндетті");
    at(2026, 11, 20, 10, 9);
    cases.complete(issue, Map.of("issued", "sicCertificate", "sicNumber", "0123456789", "certificateMedium", "paper"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_WhatIssued", "Event_IssuedAtUnit")
        .hasNotPassed("Event_ServiceOverdue", "Event_SentToCabinet");
    assertThat(cases.variables(key)).containsEntry("result", "sicCertificate").containsEntry("waitingMinutes", 18L)
        .containsEntry("serviceMinutes", 11L).containsEntry("resultIssuedAt", date(2026, 11, 20, 10, 9));
    assertCompleted(key, "sicCertificate");
  }

  @Test
  void aPortalRequestForADuplicateIsAnsweredInThePersonalCabinet() {
    // Saturday 21 November 2026, 23:40: the portal works around the clock and the 15 minutes run literally (reading
    // in catalogue/S09.yaml): due 23:55 the same night.
    at(2026, 11, 21, 23, 40);
    String key = assertReceipt(apply("portal", ON_PORTAL), UNIT, "2026-11-21T23:55:00+05:00");
    Task issue = cases.task(key, "Task_IssueSic");
    assertThat(issue.getDueDate()).isEqualTo(date(2026, 11, 21, 23, 55));
    cases.complete(issue, Map.of("issued", "sicDuplicate", "sicNumber", "0123456789", "certificateMedium", "electronic"));

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_SentToCabinet");
    assertThat(cases.variables(key)).containsEntry("result", "sicDuplicate");
  }

  @Test
  void whenFifteenMinutesPassTheUnitHeadGetsATaskAndTheApplicantIsStillServed() {
    at(2026, 11, 20, 10, 0);
    Overdue overdue = assertOverdueAtTheCounter("branch", null, DOCUMENTS, "Event_ServiceOverdue",
        date(2026, 11, 20, 10, 15), UNIT + ".branchHead", "S09, 7.1-тармақ, 30396-жол", "Task_IssueSic");
    cases.complete(overdue.review(), Map.of("escalationMeasure", "Маман ескертілді"));
    cases.complete(overdue.key(), "Task_IssueSic", Map.of("issued", "sicCertificate", "sicNumber", "0123456789",
        "certificateMedium", "paper"));
    assertThat(cases.instance(overdue.key())).isEnded().hasPassed("Task_EscalateService", "Event_ServiceEscalated",
        "Event_IssuedAtUnit");
  }

  @Test
  void onThePortalTheSignedRequestAloneIsServedAndWithoutItTheRequestIsRefusedInTheCabinet() {
    // Item 11 (lines 30464-30470): on the portal only the EDS-signed request; the identity data come from state systems.
    at(2026, 11, 20, 10, 0);
    JsonNode served = apply("portal", ON_PORTAL);
    assertThat(served.path("kind").asText()).isEqualTo("receipt");
    assertThat(cases.instance(served.path("businessKey").asText())).isWaitingAt("Task_IssueSic");

    JsonNode receipt = apply("portal", "[]");
    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("electronicRequest");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isEnded().hasPassed("Event_RefusedOnPortal");

    assertThat(refused("portal", null, "[\"electronicRequest\", \"taxpayerRegistrationNumber\"]"))
        .contains("taxpayerRegistrationNumber тек [branch] арналарында ұсынылады, portal арнасында емес");
  }

  @Test
  void thereIsNoCentreChannel() {
    assertThat(refused("psc", null, DOCUMENTS)).contains("channel");
  }
}
