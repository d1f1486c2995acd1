package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.forms.FormValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S08, establishing disability and the degree of loss of working capacity by a medical-social expertise (MSE)
 * department (decree annex 8), from the intake API to the result document, with the exact statutory dates. The MSE
 * departments of Ақтөбе облысы all sit in Aktobe city (mse-aktobe-02..06; -01 is the methodology department): an
 * applicant of Ақтөбе city is routed to mse-aktobe-02, one of Хромтау district names the department (officeId). A breach
 * goes to the head of the CCSP territorial body (ccsp-aktobe), whose heads annex 3 names for complaints. Kazakhstan is on
 * UTC+5 throughout 2026; 16 December (Wednesday) is the only day off besides weekends in the period; working days close
 * at 18:00 and the day of submission is not counted.
 */
@StandardProcessTest(standard = "S08", applicant = S08DisabilityAssessmentTest.SERIKOVA)
class S08DisabilityAssessmentTest extends StandardCaseTest {

  static final String MSE = "mse-aktobe-02";
  static final String MSE_CHOSEN = "mse-aktobe-03";
  static final String BASIC = "\"application\", \"mseReferralForm088\", \"identityDocumentCopy\", \"residenceProof\", "
      + "\"medicalRecordsExtracts\", \"sicCertificate\"";
  static final String DOCUMENTS = "[" + BASIC + "]";

  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  @Test
  void anExaminationAtTheDepartmentIsDecidedByThePanelWithinOneWorkingDay() {
    // Submitted on Friday 20 November 2026 at 10:00: in the queue from 08:40, before the department opened at 09:00
    // (calendar/office-hours.yaml), so 30 minutes of waiting count; served for 30 minutes.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("mse", "atAuthority", DOCUMENTS, queued("2026-11-20 08:40", "2026-11-20 09:30"));
    assertThat(receipt.path("channel").asText()).isEqualTo("mse");
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).hasSize(6).contains("mseReferralForm088");
    assertThat(receipt.path("missingDocuments")).isEmpty();
    // One working day from the documents, the day of submission not counted: Monday 23 November, 18:00.
    String key = assertReceipt(receipt, MSE, "2026-11-23T18:00:00+05:00");
    assertThat(key).matches("S08-261120-[A-Z2-9]{8}");

    Task check = assertTask(key, "Task_CheckDocuments", MSE + ".msePanel", date(2026, 11, 23, 18, 0));
    // Three people were ahead in the queue: the waiting basis is 3 x 45 minutes (item 7.2, line 28122).
    cases.complete(check, Map.of("referralIssuedAt", date(2026, 11, 2, 0, 0), "modbRegistrationNumber", "МОДБ-771",
        "peopleAheadInQueue", 3, "documentsCheck", "valid"));

    Task examine = assertTask(key, "Task_Examine", MSE + ".msePanel", date(2026, 11, 23, 18, 0));
    at(2026, 11, 23, 11, 0);
    cases.complete(examine, panel("disabilityCertificate"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(MSE + ".msePanel");
    handOut(key, "Task_IssueResult", "Серікова Айгүл", "047712345");

    assertThat(cases.instance(key)).isEnded().hasPassed("Task_CheckDocuments", "Task_Examine", "Event_ResultIssued")
        .hasNotPassed("Task_ExtendedExamination");
    assertThat(cases.variables(key)).containsEntry("result", "disabilityCertificate")
        .containsEntry("subtype", "atAuthority").containsEntry("waitingLimit", 135)
        .containsEntry("waitingMinutes", 30L).containsEntry("serviceMinutes", 30L)
        .containsEntry("panelHead", "Әлімов Б.").containsEntry("intakeOfficeId", MSE)
        .doesNotContainKeys("serviceTimeOffSiteMinutes", "breach_serviceTimeOffSite", "breach_waiting");
    JsonNode status = assertCompleted(key, "disabilityCertificate");
    // At the department the 45-minute norm of item 7.3 (line 28126) applies.
    assertThat(status.path("serviceNorms").path("serviceNorm").asText()).isEqualTo("serviceTime");
    assertThat(status.path("serviceNorms").path("serviceMinutes").asLong()).isEqualTo(30);
    assertThat(status.path("serviceNorms").path("serviceLimit").asInt()).isEqualTo(45);
  }

  @Test
  void anExaminationInDetentionNeedingFurtherTestsTakesTheExtendedPathAndItsTimerEscalates() {
    // A detainee of Хромтау district: no MSE department sits there, the application names mse-aktobe-03.
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = cases.apply("""
        {"channel": "mse", "subtype": "inDetention", %s, "documents": [%s, "detentionCertificate"],
         "officeId": "%s"}""".formatted(SERIKOVA_OF_KHROMTAU, BASIC, MSE_CHOSEN));
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(MSE_CHOSEN);
    String key = receipt.path("businessKey").asText();

    cases.complete(key, "Task_CheckDocuments", Map.of("referralIssuedAt", date(2026, 11, 10, 0, 0),
        "modbRegistrationNumber", "МОДБ-772", "documentsCheck", "valid"));
    Task examine = cases.task(key, "Task_Examine");
    assertThat(cases.candidateGroups(examine)).containsExactly(MSE_CHOSEN + ".msePanel");
    // In detention the service time of item 7.4 (line 28130) applies: 1 hour 40 minutes, within the norm.
    cases.complete(examine, offSite(panel("additionalExamination"), date(2026, 11, 23, 9, 0),
        date(2026, 11, 23, 10, 40)));
    assertThat(cases.variables(key)).containsEntry("serviceTimeOffSiteMinutes", 100L)
        .doesNotContainKey("breach_serviceTimeOffSite");

    // Ten working days from the documents (Friday 20 November): 23-27 November, 30 November, 1-4 December: Friday
    // 4 December, 18:00 (item 7.1, line 28118).
    Task extended = assertTask(key, "Task_ExtendedExamination", MSE_CHOSEN + ".msePanel", date(2026, 12, 4, 18, 0));
    Task breach = assertEscalated(key, "Event_ExtendedOverdue", date(2026, 12, 4, 18, 0),
        "serviceExtended", CCSP + ".ccspHead", "S08, 7.1-тармақ, 28118-жол");
    cases.complete(breach, Map.of("escalationMeasure", "Панелге ескерту жасалды"));
    assertThat(deadline(cases.status(key), "serviceExtended").path("breachedAt").asText()).startsWith("2026-12-04T18:01");

    at(2026, 12, 7, 10, 0);
    Map<String, Object> decided = new HashMap<>(panel("professionalWorkCapacityLossCertificate"));
    decided.put("extensionReason", "Стационарда қосымша тексерілді");
    decided.put("mseActNumber", "АКТ-2026-55");
    cases.complete(key, "Task_ExtendedExamination", decided);
    cases.complete(key, "Task_IssueResult", Map.of("recipientFullName", "Заңды өкіл Сейтқали Н.",
        "recipientIdentityDocument", "047700001", "resultCollectedByProxy", true));

    assertThat(cases.instance(key)).isEnded().hasPassed("Task_ExtendedExamination", "Event_ExtendedEscalated",
        "Event_ResultIssued");
    assertThat(cases.variables(key)).containsEntry("subtype", "inDetention")
        .containsEntry("result", "professionalWorkCapacityLossCertificate").containsKey("extendedAt");
  }

  @Test
  void whenTheDayRunsOutAtTheCheckAndAtThePanelTheCcspHeadGetsATaskAnd16DecemberIsSkipped() {
    // An examination at home, submitted on Tuesday 15 December 2026: one working day, 16 December (Independence Day)
    // not counted: Thursday 17 December, 18:00.
    at(2026, 12, 15, 10, 0);
    JsonNode receipt = apply("mse", "atHomeOrHospital", DOCUMENTS);
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo("2026-12-17T18:00:00+05:00");
    String key = receipt.path("businessKey").asText();

    fireAMinuteLate(key, "Event_CheckOverdue", date(2026, 12, 17, 18, 0));
    assertThat(cases.candidateGroups(breach(key, "service"))).containsExactly(CCSP + ".ccspHead");
    assertThat(cases.instance(key)).isWaitingAt("Task_CheckDocuments");

    cases.complete(key, "Task_CheckDocuments", Map.of("referralIssuedAt", date(2026, 12, 1, 0, 0),
        "modbRegistrationNumber", "МОДБ-773", "documentsCheck", "valid"));
    Job examineTimer = cases.timer(key, "Event_ExamineOverdue");
    assertThat(examineTimer.getDuedate()).isEqualTo(date(2026, 12, 17, 18, 0));
    cases.fire(examineTimer);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_ReviewBreach").count()).isEqualTo(2);

    // The panel then orders additional examination: ten working days from 15 December, 16 December not counted:
    // 17, 18, 21-25, 28-30 December: Wednesday 30 December, 18:00.
    cases.complete(key, "Task_Examine", offSite(panel("additionalExamination"), date(2026, 12, 17, 10, 0),
        date(2026, 12, 17, 12, 0)));
    assertThat(cases.task(key, "Task_ExtendedExamination").getDueDate()).isEqualTo(date(2026, 12, 30, 18, 0));
    assertThat(cases.instance(key)).hasPassed("Event_CheckEscalated", "Event_ExamineEscalated");
  }

  @Test
  void aForm088OlderThanOneMonthIsRejectedNamingTheFieldWithNothingWrittenAndTheOneMonthBoundaryHolds() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mse", "atClinic", DOCUMENTS).path("businessKey").asText();
    Task check = cases.task(key, "Task_CheckDocuments");

    // Executed on 11 October, 40 days before the submission: one month later is Wednesday 11 November, 18:00, before
    // the submission on 20 November: out of date (S08 item 11.2, line 28184). The completion is rejected.
    assertThatThrownBy(() -> cases.complete(check, Map.of("referralIssuedAt", date(2026, 10, 11, 0, 0),
        "modbRegistrationNumber", "МОДБ-774", "documentsCheck", "valid")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("«088/у нысаны ресімделген күн» (referralIssuedAt): мерзімі өткен")
        .hasMessageContaining("1 ай").hasMessageContaining("S08, 11.2-тармақ, 28184-жол");
    assertThat(cases.task(key, "Task_CheckDocuments").getId()).isEqualTo(check.getId());
    assertThat(cases.variables(key)).doesNotContainKeys("referralIssuedAt", "modbRegistrationNumber",
        "documentsCheck", "checkedAt");

    // Submitted as Tasklist does (the date as text): 400 naming the field; the task stays open, nothing written.
    String submit = "/engine-rest/task/" + check.getId() + "/submit-form";
    var refused = new Http(port).postJson(submit, """
        {"variables": {"referralIssuedAt": {"value": "2026-10-11"}, "modbRegistrationNumber": {"value": "МОДБ-774"},
         "documentsCheck": {"value": "valid"}}}""", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("«088/у нысаны ресімделген күн» өрісі").contains("28184")
        .contains("\"fields\":[\"referralIssuedAt\"]");
    var russian = new Http(port).postJson(submit, """
        {"variables": {"referralIssuedAt": {"value": "2026-10-11"}, "modbRegistrationNumber": {"value": "МОДБ-774"},
         "documentsCheck": {"value": "valid"}}}""", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, "ru");
    assertThat(russian.body()).contains("Поле «Дата оформления формы 088/у»: срок истёк: документ представляется в"
        + " течение 1 мес. со дня выдачи (S08, п. 11.2, строка 28184).").doesNotContain("088/у нысаны");
    assertThat(cases.instance(key)).isWaitingAt("Task_CheckDocuments");
    assertThat(cases.variables(key)).doesNotContainKeys("referralIssuedAt", "documentsCheck");

    // A date after the submission is rejected the same way.
    assertThatThrownBy(() -> cases.complete(check, Map.of("referralIssuedAt", date(2026, 11, 21, 0, 0),
        "modbRegistrationNumber", "МОДБ-774", "documentsCheck", "valid")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(referralIssuedAt): құжаттар қабылданған күннен кейін болмайды");
    assertThat(cases.task(key, "Task_CheckDocuments").getId()).isEqualTo(check.getId());

    // Executed on 20 October: the month ends on Friday 20 November, 18:00, after the submission at 10:00: valid.
    // Submitted as Tasklist does, the date as text: 204, and the date is kept as a date.
    var accepted = new Http(port).postJson(submit, """
        {"variables": {"referralIssuedAt": {"value": "2026-10-20"}, "modbRegistrationNumber": {"value": "МОДБ-774"},
         "documentsCheck": {"value": "valid"}}}""", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(cases.instance(key)).isWaitingAt("Task_Examine");
    assertThat(cases.variables(key).get("referralIssuedAt")).isInstanceOf(Date.class);
    assertThat(cases.variables(key)).containsEntry("subtype", "atClinic");
  }

  @Test
  void anOccupationalDiseaseConclusionOlderThanTwoYearsIsRejectedAndAnOutOfDateDocumentEndsInARefusal() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mse", "atSpecialisedInstitution",
        "[" + BASIC + ", \"accidentReportCopy\", \"occupationalDiseaseConclusion\"]").path("businessKey").asText();
    Task task = cases.task(key, "Task_CheckDocuments");
    Map<String, Object> check = new HashMap<>(Map.of("referralIssuedAt", date(2026, 11, 2, 0, 0),
        "modbRegistrationNumber", "МОДБ-775", "documentsCheck", "valid"));

    // The conclusion was presented but its date not entered.
    assertThatThrownBy(() -> cases.complete(task, check)).hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(conclusionIssuedAt): құжат ұсынылса, оның күні міндетті");
    // Issued on 19 November 2024: two years (24 months) end on Thursday 19 November 2026, 18:00: out of date.
    check.put("conclusionIssuedAt", date(2024, 11, 19, 0, 0));
    assertThatThrownBy(() -> cases.complete(task, check)).hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(conclusionIssuedAt): мерзімі өткен").hasMessageContaining("24 ай")
        .hasMessageContaining("S08, 11.11-тармақ, 28220-жол")
        .satisfies(e -> assertThat(e).hasMessageNotContaining("(referralIssuedAt)"));
    assertThat(cases.task(key, "Task_CheckDocuments").getId()).isEqualTo(task.getId());
    assertThat(cases.variables(key)).doesNotContainKeys("conclusionIssuedAt", "documentsCheck");

    // The conclusion really is older than two years: the document is missing, item 16.1 (line 28264).
    check.put("documentsCheck", "missing");
    check.put("documentsCheckNote", "Ұлттық орталықтың қорытындысы 2024 жылы берілген");
    cases.complete(task, check);
    handOut(key, "Task_IssueResult", "Серікова Айгүл", "047712345");
    assertRefusedOn(key, "incompleteDocuments");
    assertThat(cases.instance(key)).hasPassed("Event_ResultIssued").hasNotPassed("Task_Examine");
  }

  @Test
  void aHomeExaminationOfThreeHoursKeepsTheOffSiteNormAndOneOfFiveHoursBreaksIt() {
    // S08 item 7.4, line 28130: at home the service may take up to 4 hours with the travel (catalogue
    // "serviceTimeOffSite"), instead of the 45 minutes of item 7.3.
    at(2026, 11, 20, 10, 0);
    String withinNorm = homeExamination();
    Task examine = cases.task(withinNorm, "Task_Examine");
    // The panel's times are required at home, and the end must follow the start.
    assertThatThrownBy(() -> cases.complete(examine, panel("disabilityCertificate")))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("«Бригада уәкілетті органнан шыққан уақыт» (offSiteServiceStartedAt): үйде")
        .hasMessageContaining("«Алушы орналасқан жерде қызмет көрсету аяқталған уақыт» (offSiteServiceEndedAt): үйде")
        .hasMessageContaining("S08, 7.4-тармақ, 28130-жол");
    assertThatThrownBy(() -> cases.complete(examine, offSite(panel("disabilityCertificate"),
        date(2026, 11, 23, 12, 0), date(2026, 11, 23, 9, 0))))
        .hasRootCauseInstanceOf(FormValidationException.class)
        .hasMessageContaining("(offSiteServiceEndedAt): бригада уәкілетті органнан шыққан уақыттан кейін");
    assertThat(cases.task(withinNorm, "Task_Examine").getId()).isEqualTo(examine.getId());
    // Left the department at 9:00, done at the applicant's home at 12:00: 3 hours.
    cases.complete(examine, offSite(panel("disabilityCertificate"), date(2026, 11, 23, 9, 0),
        date(2026, 11, 23, 12, 0)));
    assertThat(cases.variables(withinNorm)).containsEntry("serviceTimeOffSiteMinutes", 180L)
        .doesNotContainKey("breach_serviceTimeOffSite");
    JsonNode norms = cases.status(withinNorm).path("serviceNorms");
    assertThat(norms.path("serviceNorm").asText()).isEqualTo("serviceTimeOffSite");
    assertThat(norms.path("serviceMinutes").asLong()).isEqualTo(180);
    assertThat(norms.path("serviceLimit").asInt()).isEqualTo(240);
    assertThat(norms.path("serviceBreachedAt").isNull()).isTrue();

    // Five hours, the times as Tasklist's date-time field sends them: the norm ran out at 13:00, a breach.
    String breached = homeExamination();
    double before = breaches();
    cases.complete(breached, "Task_Examine", offSite(panel("disabilityCertificate"), "2026-11-23T08:00+05:00",
        "2026-11-23T13:00+05:00"));
    assertThat(cases.variables(breached)).containsEntry("serviceTimeOffSiteMinutes", 300L)
        .containsEntry("breach_serviceTimeOffSite", date(2026, 11, 23, 12, 0));
    assertThat(breaches()).isEqualTo(before + 1);
    norms = cases.status(breached).path("serviceNorms");
    assertThat(norms.path("serviceMinutes").asLong()).isEqualTo(300);
    assertThat(norms.path("serviceBreachedAt").asText()).startsWith("2026-11-23T12:00");
    assertThat(cases.instance(breached)).isWaitingAt("Task_IssueResult");
  }

  private String homeExamination() {
    String key = apply("mse", "atHomeOrHospital", DOCUMENTS).path("businessKey").asText();
    cases.complete(key, "Task_CheckDocuments", valid("МОДБ-778"));
    return key;
  }

  @Test
  void theQueueRecordedAtTheDocumentCheckSetsTheWaitingLimitAndAnExceededOneIsABreach() {
    // Friday 20 November 2026: arrived 09:00, served from 10:00; the check records one person ahead of the applicant,
    // so the limit is 1 x 45 minutes (item 7.2, line 28122), run out at 09:45.
    at(2026, 11, 20, 10, 20);
    String key = apply("mse", "atAuthority", DOCUMENTS, queued("2026-11-20 09:00", "2026-11-20 10:00"))
        .path("businessKey").asText();
    assertThat(cases.variables(key)).doesNotContainKeys("waitingLimit", "breach_waiting");
    double before = waitingBreaches();
    cases.complete(key, "Task_CheckDocuments", Map.of("referralIssuedAt", date(2026, 11, 2, 0, 0),
        "modbRegistrationNumber", "МОДБ-779", "peopleAheadInQueue", 1, "documentsCheck", "valid"));

    assertThat(cases.variables(key)).containsEntry("waitingLimit", 45).containsEntry("waitingMinutes", 60L)
        .containsEntry("breach_waiting", date(2026, 11, 20, 9, 45));
    assertThat(waitingBreaches()).isEqualTo(before + 1);
    JsonNode norms = cases.status(key).path("serviceNorms");
    assertThat(norms.path("waitingLimit").asInt()).isEqualTo(45);
    assertThat(norms.path("waitingBreachedAt").asText()).startsWith("2026-11-20T09:45");
  }

  private double waitingBreaches() {
    var counter = meters.find("qyzmet.deadline.breaches").tags("standard", "S08", "deadline", "waiting").counter();
    return counter == null ? 0 : counter.count();
  }

  private double breaches() {
    var counter = meters.find("qyzmet.deadline.breaches").tags("standard", "S08", "deadline", "serviceTimeOffSite")
        .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void errorsInTheDocumentsEndInAReasonedRefusal() {
    at(2026, 11, 20, 10, 0);
    String key = apply("mse", "inAbsentia", DOCUMENTS).path("businessKey").asText();
    Map<String, Object> errors = new HashMap<>(valid("МОДБ-776"));
    errors.putAll(Map.of("documentsCheck", "errors", "documentsCheckNote", "088/у нысанында диагноз коды қате"));
    cases.complete(key, "Task_CheckDocuments", errors);
    handOut(key, "Task_IssueResult", "Серікова Айгүл", "047712345");
    assertRefusedOn(key, "documentErrors").containsEntry("subtype", "inAbsentia");
    assertThat(cases.instance(key)).hasNotPassed("Task_Examine");
  }

  @Test
  void aChildUnderSixteenPresentsTheBirthCertificateInsteadOfTheIdentityDocument() {
    // Item 11.3, line 28188: "16 жасқа дейінгі мүгедек бала үшін – туу туралы куәліктің көшірмесі".
    at(2026, 11, 20, 10, 0);
    JsonNode receipt = apply("mse", "atAuthority", "[\"application\", \"mseReferralForm088\", "
        + "\"childBirthCertificate\", \"residenceProof\", \"medicalRecordsExtracts\", \"sicCertificate\"]");
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("missingDocuments")).isEmpty();
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code")).contains("childBirthCertificate");
    assertThat(cases.instance(receipt.path("businessKey").asText())).isWaitingAt("Task_CheckDocuments");
  }

  @Test
  void theChannelSubtypeAndDepartmentAreCheckedAndThePanelNeedsTwoChiefSpecialists() {
    at(2026, 11, 20, 10, 0);
    // No MSE department sits in Хромтау: without officeId the district is refused, naming the field.
    var noUnit = post("""
        {"standard": "S08", "channel": "mse", "subtype": "atAuthority", %s, "documents": %s}
        """.formatted(SERIKOVA_OF_KHROMTAU, DOCUMENTS));
    assertThat(noUnit.statusCode()).isEqualTo(400);
    assertThat(noUnit.body()).contains("applicant.district").contains("officeId");
    // Only the MSE department takes the application (item 13, line 28244).
    assertThat(refused("psc", "atAuthority", DOCUMENTS)).contains("channel");
    assertThat(refused("mse", null, DOCUMENTS)).contains("subtype").contains("inAbsentia");

    String key = apply("mse", "atAuthority", DOCUMENTS).path("businessKey").asText();
    Task check = cases.task(key, "Task_CheckDocuments");
    Map<String, Object> undated = new HashMap<>(valid("МОДБ-777"));
    undated.remove("referralIssuedAt");
    assertFormRefuses(check, undated, "(referralIssuedAt): толтыру міндетті");
    cases.complete(check, valid("МОДБ-777"));
    Task examine = cases.task(key, "Task_Examine");
    Map<String, Object> onlyOne = new HashMap<>(panel("disabilityCertificate"));
    onlyOne.remove("panelChiefSpecialist2");
    assertFormRefuses(examine, onlyOne, "(panelChiefSpecialist2): толтыру міндетті");
  }

  // ---------------------------------------------------------------- helpers

  /** The applicant, of Ақтөбе city. */
  static final String SERIKOVA = """
      "applicant": {"iin": "850412400022", "surname": "Серікова", "name": "Айгүл", "patronymic": "Нұрланқызы",
                    "phone": "+7 702 111 22 33", "address": "Ақтөбе, Абай көшесі 12",
                    "region": "Ақтөбе облысы", "district": "Ақтөбе"}""";

  /** The same applicant living in Хромтау district, where no MSE department sits. */
  static final String SERIKOVA_OF_KHROMTAU = SERIKOVA.replace("Ақтөбе, Абай", "Хромтау, Абай")
      .replace("\"district\": \"Ақтөбе\"", "\"district\": \"Хромтау\"");

  /** The document check's values of a valid set: form 088/у of 2 November 2026, registered as {@code modb}. */
  private static Map<String, Object> valid(String modb) {
    return Map.of("referralIssuedAt", date(2026, 11, 2, 0, 0), "modbRegistrationNumber", modb,
        "documentsCheck", "valid");
  }

  /** The panel's times at an examination at home, in hospital or an institution (item 7.4, line 28130). */
  private static Map<String, Object> offSite(Map<String, Object> panel, Object startedAt, Object endedAt) {
    Map<String, Object> values = new HashMap<>(panel);
    values.put("offSiteServiceStartedAt", startedAt);
    values.put("offSiteServiceEndedAt", endedAt);
    return values;
  }

  private static Map<String, Object> panel(String outcome) {
    return Map.of("panelHead", "Әлімов Б.", "panelChiefSpecialist1", "Қасымова Д.",
        "panelChiefSpecialist2", "Нұрғалиев Е.", "examinationOutcome", outcome, "mseActNumber", "АКТ-2026-1");
  }
}
