package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S07, information on the receipt and movement of a pension-fund depositor's money (decree annex 7). The depositor's own
 * request is fully automated (item 2, line 23301): at the centre psc-aktobe-05 (Хромтау), a mobile centre or on the
 * portal the case ends inside the intake request and the 201 receipt carries the result. Only the applicant's own money
 * (item 11, line 23437). The inheritance request about a deceased depositor (item 11, lines 23419-23423) goes to the
 * pension unit pension-aktobe-12 and has no term in the decree, so no due date and no timer. Kazakhstan is on UTC+5.
 */
@StandardProcessTest(standard = "S07", applicant = StandardCaseTest.ZHUMABAEVA)
class S07PensionSavingsInformationTest extends StandardCaseTest {

  /** The pension unit: the branch of Хромтау district. */
  static final String UNIT = BRANCH;
  static final String AT_CENTRE = "[\"application\", \"identityDocumentCopy\"]";
  /** On the portal only the e-signed request (item 11.2, line 23429): the identity data come from state systems. */
  static final String ON_PORTAL = "[\"electronicRequest\"]";
  static final String WITH_ATTORNEY = "[\"application\", \"identityDocumentCopy\", \"powerOfAttorney\"]";
  static final String INHERITANCE = "[\"inheritanceCaseRequest\"]";
  /** A request about another depositor's money. */
  static final String OTHER_DEPOSITOR = "\"depositorIin\": \"850101400120\"";

  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  /** The state systems answer at once again after a test that made them late (see {@link InformationSystemsAnswer}). */
  @AfterEach
  void answerAtOnce() {
    InformationSystemsAnswer.reset();
  }

  @Test
  void atACentreTheTurnoverCertificateComesBackInTheReceiptWithoutAHumanStep() {
    // Friday 20 November 2026: ticket at 09:50, served from 09:58, request accepted at 10:00.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", "ownFunds", AT_CENTRE, queued("2026-11-20 09:50", "2026-11-20 09:58"));

    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("result").path("code").asText()).isEqualTo("transitAccountTurnoverCertificate");
    assertThat(receipt.path("result").path("citation").asText()).isEqualTo("S07, 5.1-тармақ, 23339-жол");
    assertThat(receipt.path("result").path("name").asText()).contains("транзиттік шоттары");
    // The 10 minutes of item 7.1 (line 23355) are a norm: the result exists at the moment of the request, so the
    // receipt has no later result date.
    assertThat(receipt.path("expectedResultAt").isNull()).isTrue();
    String key = receipt.path("businessKey").asText();

    assertThat(cases.instance(key)).isEnded().hasPassed("Gateway_OwnFunds", "Task_RecordResult",
        "Event_CertificateIssuedAtCentre").hasNotPassed("Task_IssueInheritanceCertificate", "Gateway_RefusalWhere");
    Map<String, Object> variables = cases.variables(key);
    assertThat(variables).containsEntry("result", "transitAccountTurnoverCertificate")
        .containsEntry("resultIssuedAt", date(2026, 11, 20, 10, 0)).containsEntry("waitingMinutes", 8L)
        .containsEntry("serviceMinutes", 2L).containsEntry("intakeOfficeId", CENTRE);
    JsonNode status = assertCompleted(key, "transitAccountTurnoverCertificate");
    assertThat(status.path("deadlines")).isEmpty(); // norms only, no timer to report
    // The 10 minutes of item 7.1 (line 23355) are measured from the application to the result, under their own name
    // (serviceMinutes is the counter's service time of item 7.3): the result came at once.
    assertThat(variables).containsEntry("serviceTermMinutes", 0L).doesNotContainKey("breach_service");
    assertThat(status.path("serviceNorms").path("serviceTermMinutes").asLong()).isZero();
    assertThat(status.path("serviceNorms").path("serviceTermLimit").asInt()).isEqualTo(10);
    assertThat(status.path("serviceNorms").path("serviceTermBreachedAt").isNull()).isTrue();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
  }

  @Test
  void aResultLaterThanTenMinutesAfterTheApplicationIsABreachOfItem71() {
    // Friday 20 November 2026, 10:00: the centre sends the request; the state systems answer only at 10:12, 12 minutes
    // against the 10 of item 7.1 (line 23355), counted from the application (acceptedAt).
    double before = serviceTermBreaches();
    at(2026, 11, 20, 10, 0);
    InformationSystemsAnswer.next("Task_RecordResult", java.time.Duration.ofMinutes(12));
    JsonNode receipt = apply("psc", "ownFunds", AT_CENTRE);

    assertThat(receipt.path("result").path("code").asText()).isEqualTo("transitAccountTurnoverCertificate");
    assertThat(receipt.path("acceptedAt").asText()).isEqualTo("2026-11-20T10:00:00+05:00");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Task_RecordResult", "Event_CertificateIssuedAtCentre");
    assertThat(cases.variables(key)).containsEntry("acceptedAt", date(2026, 11, 20, 10, 0))
        .containsEntry("resultIssuedAt", date(2026, 11, 20, 10, 12)).containsEntry("serviceTermMinutes", 12L)
        .containsEntry("breach_service", date(2026, 11, 20, 10, 10));
    assertThat(serviceTermBreaches()).isEqualTo(before + 1);
    JsonNode norms = cases.status(key).path("serviceNorms");
    assertThat(norms.path("serviceTermMinutes").asLong()).isEqualTo(12);
    assertThat(norms.path("serviceTermLimit").asInt()).isEqualTo(10);
    assertThat(norms.path("serviceTermBreachedAt").asText()).isEqualTo("2026-11-20T10:10:00+05:00");

    // An answer within the term (9 minutes) is measured and kept: no breach, the metric unchanged.
    at(2026, 11, 20, 11, 0);
    InformationSystemsAnswer.next("Task_RecordResult", java.time.Duration.ofMinutes(9));
    String inTerm = apply("psc", "ownFunds", AT_CENTRE).path("businessKey").asText();
    assertThat(cases.variables(inTerm)).containsEntry("serviceTermMinutes", 9L).doesNotContainKey("breach_service");
    assertThat(serviceTermBreaches()).isEqualTo(before + 1);
  }

  private double serviceTermBreaches() {
    return meters.find("qyzmet.deadline.breaches").tags("standard", "S07", "deadline", "service").counters().stream()
        .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
  }

  @Test
  void onThePortalTheInformationGoesToThePersonalCabinetAtOnce() {
    at(2026, 11, 21, 23, 40); // the portal works around the clock (item 9.2)
    JsonNode receipt = apply("portal", "ownFunds", ON_PORTAL);

    assertThat(receipt.path("result").path("code").asText()).isEqualTo("portalInformation");
    assertThat(receipt.path("result").path("citation").asText()).isEqualTo("S07, 5.2-тармақ, 23343-жол");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(UNIT);
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Task_RecordResult", "Event_InformationInCabinet");
  }

  @Test
  void aMobileCentreHandsOutTheCertificateLikeACentre() {
    at(2026, 11, 20, 11, 0);
    JsonNode receipt = apply("mobilePsc", "ownFunds", WITH_ATTORNEY, REPRESENTATIVE);

    assertThat(receipt.path("result").path("code").asText()).isEqualTo("transitAccountTurnoverCertificate");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).contains("powerOfAttorney");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isEnded()
        .hasPassed("Event_CertificateIssuedAtCentre");
  }

  @Test
  void onThePortalTheSignedRequestAloneIsACompleteSet() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("portal", "ownFunds", ON_PORTAL);

    // Item 11.2 (lines 23425-23431): the portal needs only the EDS-signed request.
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("result").path("code").asText()).isEqualTo("portalInformation");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isEnded().hasPassed("Event_InformationInCabinet");
  }

  @Test
  void aPortalRequestWithoutTheSignedRequestIsRefusedAsAnElectronicDocument() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("portal", "ownFunds", "[]");

    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(receipt.path("missingDocuments").findValuesAsText("code")).containsExactly("electronicRequest");
    String key = receipt.path("businessKey").asText();
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_RefusedOnPortal");
    assertThat(cases.variables(key)).containsEntry("result", "portalRefusal");
  }

  @Test
  void aCentresDocumentIsNotTakenOnThePortalNorThePortalsRequestAtACentre() {
    at(2026, 11, 20, 10, 0);
    assertThat(refused("portal", "ownFunds", "[\"electronicRequest\", \"identityDocumentCopy\"]")).contains("documents")
        .contains("identityDocumentCopy тек [psc, mobilePsc] арналарында ұсынылады, portal арнасында емес");
    assertThat(refused("psc", "ownFunds", "[\"application\", \"identityDocumentCopy\", \"electronicRequest\"]"))
        .contains("electronicRequest тек [portal] арналарында ұсынылады, psc арнасында емес");
  }

  @Test
  void aRequestAboutSomeoneElsesMoneyIsRefusedAndOneAboutTheApplicantsOwnIsServed() {
    at(2026, 11, 20, 10, 0);
    // Through the API: a request naming another depositor (depositorIin) is refused on the spot (line 23437).
    JsonNode apiRefusal = apply("psc", "ownFunds", AT_CENTRE, OTHER_DEPOSITOR);
    assertThat(apiRefusal.path("result").path("code").asText()).isEqualTo("reasonedRefusal");
    assertThat(cases.variables(apiRefusal.path("businessKey").asText())).containsEntry("refusalGround", "notOwnFunds");
    // And from the Tasklist start form:
    ProcessInstance foreign = startForm("psc", "ownFunds", AT_CENTRE, "850101400120");
    assertThat(foreign).isEnded().hasPassed("Gateway_OwnFunds", "Event_RefusedOrally").hasNotPassed("Task_RecordResult");
    Map<String, Object> refused = CaseInstance.variables(engine, foreign);
    assertThat(refused).containsEntry("refusalGround", "notOwnFunds").containsEntry("result", "reasonedRefusal");

    ProcessInstance onPortal = startForm("portal", "ownFunds", ON_PORTAL, "850101400120");
    assertThat(onPortal).isEnded().hasPassed("Event_RefusedOnPortal");
    assertThat(CaseInstance.variables(engine, onPortal)).containsEntry("result", "portalRefusal")
        .containsEntry("refusalGround", "notOwnFunds");

    ProcessInstance own = startForm("psc", "ownFunds", AT_CENTRE, "900515300018");
    assertThat(own).isEnded().hasPassed("Event_CertificateIssuedAtCentre");
    assertThat(own.getBusinessKey()).matches("S07-261120-[A-Z2-9]{8}");
  }

  @Test
  void aRepresentativeWithAPowerOfAttorneyMayAskAboutTheRepresentedDepositor() {
    // Line 23413: "мемлекеттік қызмет алушының мүддесін басқа адам білдірген кезде – нотариалды куәландырылған сенімхат".
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("psc", "ownFunds", WITH_ATTORNEY, OTHER_DEPOSITOR, REPRESENTATIVE);
    assertThat(receipt.path("result").path("code").asText()).isEqualTo("transitAccountTurnoverCertificate");
    assertThat(receipt.path("representative").path("fullName").asText()).isEqualTo("Сейітов Марат Болатұлы");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isEnded()
        .hasPassed("Event_CertificateIssuedAtCentre").hasNotPassed("Event_RefusedOrally");

    // A representative named without the power of attorney: the set is incomplete and refused (item 16).
    JsonNode withoutAttorney = apply("psc", "ownFunds", AT_CENTRE, OTHER_DEPOSITOR, REPRESENTATIVE);
    assertThat(withoutAttorney.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(withoutAttorney.path("missingDocuments").findValuesAsText("code")).containsExactly("powerOfAttorney");

    // The power of attorney without the representative's name: the receipt could not name them (item 14.2).
    assertThat(refused("psc", "ownFunds", WITH_ATTORNEY)).contains("representative");
  }

  @Test
  void aDeceasedDepositorsCertificateIsIssuedByThePensionUnitWithoutATerm() {
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("branch", "deceasedDepositor", INHERITANCE);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(UNIT);
    assertThat(receipt.path("result").isNull() || receipt.path("result").isMissingNode()).isTrue();
    String key = receipt.path("businessKey").asText();

    Task issue = cases.task(key, "Task_IssueInheritanceCertificate");
    assertThat(cases.candidateGroups(issue)).containsExactly(UNIT + ".branchSpecialist");
    assertThat(issue.getDueDate()).isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(issue.getProcessInstanceId()).count())
        .isZero();
    assertThat(cases.status(key).path("deadlines")).isEmpty();

    Map<String, Object> form = new HashMap<>(Map.of("requesterKind", "notary", "depositorIin", "450301300456",
        "depositorFullName", "Жұмабаев Серік", "inheritanceCaseReference", "№ 112/2026, 12.11.2026"));
    assertFormRefuses(issue, form, "(certificateNumber): толтыру міндетті");
    form.put("certificateNumber", "ШЫҒ-2026-0412");
    at(2026, 12, 3, 15, 0);
    cases.complete(issue, form);

    assertThat(cases.instance(key)).isEnded().hasPassed("Event_InheritanceCertificateIssued");
    assertThat(cases.variables(key)).containsEntry("result", "inheritanceCertificate")
        .containsEntry("requesterKind", "notary").containsEntry("resultIssuedAt", date(2026, 12, 3, 15, 0));
    assertThat(cases.status(key).path("result").asText()).isEqualTo("inheritanceCertificate");
  }

  @Test
  void theOwnFundsRequestIsNotTakenAtTheUnitNorTheInheritanceRequestAtACentre() {
    at(2026, 11, 20, 10, 0);
    assertThat(refused("branch", "ownFunds", AT_CENTRE)).contains("channel").contains("psc").contains("portal");
    assertThat(refused("psc", "deceasedDepositor", INHERITANCE)).contains("channel").contains("branch");
  }

  // ---------------------------------------------------------------- helpers

  static final String REPRESENTATIVE = """
      "representative": {"surname": "Сейітов", "name": "Марат", "patronymic": "Болатұлы", "phone": "+7 702 111 22 33"}""";

  private ProcessInstance startForm(String channel, String subtype, String documents, String depositorIin) {
    Map<String, Object> form = startForm(channel, subtype, documents);
    form.put("depositorIin", depositorIin);
    ProcessInstance started = submitStartForm(form);
    return CaseInstance.of(engine, "S07", started.getBusinessKey());
  }
}
