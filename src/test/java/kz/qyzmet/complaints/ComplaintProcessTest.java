package kz.qyzmet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import kz.qyzmet.standards.StandardProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * processes/complaint.bpmn through POST /api/complaints: who reviews by channel, standard and kind of complaint, the
 * decisions, the extension, the review term running out, the link to a case. Registered on Friday 20 November 2026 at
 * 10:00 (UTC+5): 15 calendar days end on Saturday 5 December, so the term ends on Monday 7 December at 18:00; 30 days
 * end on Sunday 20 December, so on Monday 21 December (Law No. 221, art. 8; a term ending on a day off moves to the next
 * working day).
 */
@StandardProcessTest
class ComplaintProcessTest {

  static final String BRANCH = "pension-aktobe-12";
  static final String CENTRE = "psc-aktobe-05";
  static final String ALL_S01 =
      "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver s01;

  @BeforeEach
  void setUp() {
    s01 = new CaseDriver(engine, port, "S01");
    CaseDriver.at(2026, 11, 20, 10, 0);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aComplaintToTheMinistryIsReviewedThereAndAnsweredByPost() throws Exception {
    JsonNode talon = register("trustPhone", null, "action", null);
    assertThat(talon.path("number").asText()).matches("C-261120-[A-Z2-9]{8}");
    assertThat(talon.path("registeredAt").asText()).isEqualTo("2026-11-20T10:00:00+05:00");
    assertThat(talon.path("registeredBy").asText()).isEqualTo(QyzmetTest.ADMIN);
    assertThat(talon.path("reviewBody").asText()).contains("министрлігі");
    assertThat(talon.path("answerDue").asText()).isEqualTo("2026-12-07T18:00:00+05:00");
    assertThat(talon.path("answerBy").asText()).isEqualTo("пошта арқылы жазбаша");
    String number = talon.path("number").asText();

    Task review = task(number, "Task_ReviewComplaint");
    assertThat(groups(review)).containsExactly(Complaints.MINISTRY_GROUP);
    assertThat(review.getDueDate()).isEqualTo(CaseDriver.date(2026, 12, 7, 18, 0));
    complete(review, Map.of("complaintDecision", "rejected", "reviewFindings", "Бұзушылық анықталмады"));

    Task answer = task(number, "Task_SendAnswer");
    assertThat(groups(answer)).containsExactly(Complaints.MINISTRY_GROUP);
    complete(answer, Map.of("answerLetterNumber", "ЖТ-15/3", "postalReceiptNumber", "RR123456789KZ"));

    JsonNode status = get("/api/complaints/" + number);
    assertThat(status.path("status").asText()).isEqualTo("answered");
    assertThat(status.path("decision").asText()).isEqualTo("rejected");
  }

  @Test
  void anUpheldComplaintAboutTheResultPutsTheDecisionBackBeforeTheBranchAndIsListedOnTheCase() throws Exception {
    String caseKey = applyS01("branch");
    JsonNode talon = register("officeHead", caseKey, "result", null);
    String number = talon.path("number").asText();
    assertThat(talon.path("caseBusinessKey").asText()).isEqualTo(caseKey);

    Task review = task(number, "Task_ReviewComplaint");
    assertThat(groups(review)).containsExactly(BRANCH + ".branchHead");
    complete(review, Map.of("complaintDecision", "upheld", "reviewFindings", "Құжаттар толық болған"));

    Task reconsider = task(number, "Task_ReconsiderDecision");
    assertThat(groups(reconsider)).containsExactly(BRANCH + ".branchSpecialist");
    complete(reconsider, Map.of("reconsideredDecision", "assigned", "reconsideredDecisionReason", "Шағым бойынша"));
    complete(task(number, "Task_SendAnswer"), Map.of("answerLetterNumber", "1", "postalReceiptNumber", "2"));

    JsonNode complaints = get("/api/applications/" + caseKey).path("complaints");
    assertThat(complaints.findValuesAsText("number")).containsExactly(number);
    assertThat(complaints.findValuesAsText("decision")).containsExactly("upheld");
  }

  @Test
  void aPartlyUpheldComplaintAboutAnActionNeedsNoReconsideration() throws Exception {
    String caseKey = applyS01("branch");
    String number = register("officeHead", caseKey, "action", null).path("number").asText();
    complete(task(number, "Task_ReviewComplaint"),
        Map.of("complaintDecision", "partlyUpheld", "reviewFindings", "Маман ескертілді"));
    assertThat(task(number, "Task_SendAnswer")).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ReconsiderDecision").count()).isZero();
  }

  @Test
  void rudeServiceAtACentreGoesToTheCentresHeadOrToTheNationalEnterprise() throws Exception {
    String caseKey = applyS01("psc");
    assertThat(groups(task(register("officeHead", caseKey, "rudeService", null).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly(CENTRE + ".pscHead");
    assertThat(groups(task(register("pscEnterprise", caseKey, "rudeService", null).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly(Complaints.PSC_ENTERPRISE_GROUP);
  }

  @Test
  void theBodiesOfS08S12AndS13ReviewTheirComplaints() throws Exception {
    Map<String, String> place = Map.of("region", "Ақтөбе облысы", "district", "Хромтау");
    assertThat(groups(task(register("officeHead", null, "action", "S08", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly("ccsp-aktobe.ccspHead");
    assertThat(groups(task(register("regionalBody", null, "result", "S13", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly("regional-employment-aktobe.regionalEmploymentHead");
    assertThat(groups(task(register("akimat", null, "result", "S12", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly("akimat-aktobe-11.akim");
  }

  @Test
  void rudeServiceInS12AndS13GoesToTheHeadOfTheDistrictBodyThatServed() throws Exception {
    // S12 item 22, line 40860; S13 item 22, line 45046: "уәкілетті орган басшысының атына".
    Map<String, String> place = Map.of("region", "Ақтөбе облысы", "district", "Хромтау");
    assertThat(groups(task(register("officeHead", null, "rudeService", "S12", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly("employment-aktobe-12.employmentHead");
    assertThat(groups(task(register("officeHead", null, "rudeService", "S13", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly("employment-aktobe-12.employmentHead");
  }

  @Test
  void theMinistrysChannelsAreTakenOnlyForTheStandardsWhoseSection5ListsThem() throws Exception {
    // S01 item 21.2 (line 744) lists the trust phone; S08, S12 and S13 list no channel of the Ministry.
    Map<String, String> place = Map.of("region", "Ақтөбе облысы", "district", "Хромтау");
    assertThat(groups(task(register("trustPhone", null, "action", "S01", place).path("number").asText(),
        "Task_ReviewComplaint"))).containsExactly(Complaints.MINISTRY_GROUP);
    for (String standard : java.util.List.of("S08", "S12", "S13")) {
      Map<String, Object> body = new HashMap<>(Map.of(
          "complainant", Map.of("surname", "Сейтқали", "name", "Айбек", "postalAddress", "030000, Хромтау"),
          "channel", "qaPage", "concerns", "result", "subject", "Бөлім", "reason", "Себеп", "demand", "Талап",
          "signed", true, "standard", standard));
      body.putAll(place);
      var response = post("/api/complaints", json.writeValueAsString(body));
      assertThat(response.statusCode()).as(standard).isEqualTo(400);
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.path("field").asText() + problem.path("errors").findValuesAsText("field"))
          .as(standard).contains("channel");
      assertThat(problem.path("detail").asText()).contains(standard + " стандартының 5-бөлімінде министрліктің qaPage"
          + " арнасы аталмайды");
    }
  }

  @Test
  void theTermIsExtendedOnceAndTheComplainantIsTold() throws Exception {
    String number = register("ministryOffice", null, "action", null).path("number").asText();
    complete(task(number, "Task_ReviewComplaint"),
        Map.of("complaintDecision", "extend", "reviewFindings", "Облыстық органнан ақпарат сұралды"));

    Task inform = task(number, "Task_InformExtension");
    assertThat(groups(inform)).containsExactly(Complaints.MINISTRY_GROUP);
    complete(inform, Map.of("extensionLetterNumber", "ЖТ-15/9"));

    Task review = task(number, "Task_ReviewComplaint");
    assertThat(review.getDueDate()).isEqualTo(CaseDriver.date(2026, 12, 21, 18, 0));
    assertThat(get("/api/complaints/" + number).path("answerDue").asText()).isEqualTo("2026-12-21T18:00:00+05:00");
    assertThatThrownBy(() -> complete(review, Map.of("complaintDecision", "extend", "reviewFindings", "тағы да ұзарту")))
        .hasMessageContaining("қарау мерзімі бір рет қана ұзартылады");
    complete(review, Map.of("complaintDecision", "upheld", "reviewFindings", "Талап орындалды"));
    assertThat(task(number, "Task_SendAnswer")).isNotNull();
  }

  @Test
  void whenTheReviewTermRunsOutTheSupervisorIsToldAndTheReviewGoesOn() throws Exception {
    String caseKey = applyS01("branch");
    String number = register("officeHead", caseKey, "action", null).path("number").asText();
    var timer = engine.getManagementService().createJobQuery().processInstanceId(
        task(number, "Task_ReviewComplaint").getProcessInstanceId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(CaseDriver.date(2026, 12, 7, 18, 0));
    CaseDriver.at(2026, 12, 7, 18, 1);
    engine.getManagementService().executeJob(timer.getId());

    Task overdue = task(number, "Task_ReviewOverdue");
    assertThat(groups(overdue)).containsExactly(Complaints.MINISTRY_GROUP);
    assertThat(task(number, "Task_ReviewComplaint")).isNotNull();
    assertThat(get("/api/complaints/" + number).path("reviewBreachedAt").asText()).startsWith("2026-12-07T18:01");
    complete(overdue, Map.of("overdueMeasure", "Бөлімше басшысына ескерту жасалды"));
  }

  @Test
  void item24IsCheckedOnTheServerAndAnonymousComplaintsAreNotReviewed() throws Exception {
    var response = post("/api/complaints", """
        {"complainant": {"surname": "", "name": "Айгүл", "postalAddress": " "}, "channel": "telegram",
         "subject": "", "reason": "Дөрекі жауап", "demand": "Шара қолдану", "signed": false}""");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "complainant.surname", "complainant.postalAddress", "signed", "subject", "channel");

    JsonNode anonymous = json.readTree(post("/api/complaints", """
        {"channel": "trustPhone", "subject": "Бөлімше", "reason": "Себеп", "demand": "Талап", "signed": true}""")
        .body());
    assertThat(anonymous.path("field").asText()).isEqualTo("complainant");
    assertThat(anonymous.path("detail").asText()).contains("жасырын шағымдар қаралмайды");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint")
        .processInstanceBusinessKeyLike("%").variableValueEquals("reason", "Дөрекі жауап").count()).isZero();
  }

  @Test
  void aClerkRegistersAComplaintWithTheStartForm() {
    Map<String, Object> form = new HashMap<>(Map.of("complainantSurname", "Сейтқали", "complainantName", "Айбек",
        "complainantPostalAddress", "Хромтау, Абай көшесі 5", "complaintChannel", "complaintsBox",
        "concerns", "action", "subject", "Бөлімше маманы", "reason", "Кезек", "demand", "Шара", "signed", true));
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult().getId();
    var started = engine.getFormService().submitStartForm(definition, form);
    assertThat(started.getBusinessKey()).matches("C-261120-[A-Z2-9]{8}");
    assertThat(groups(task(started.getBusinessKey(), "Task_ReviewComplaint")))
        .containsExactly(Complaints.MINISTRY_GROUP);

    form.put("signed", false);
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
        .hasMessageContaining("signed");
  }

  // ---------------------------------------------------------------- helpers

  private String applyS01(String channel) {
    return s01.apply("""
        {"channel": "%s", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": %s}""".formatted(channel, ALL_S01)).path("businessKey").asText();
  }

  private JsonNode register(String channel, String caseKey, String concerns, String standard) throws Exception {
    return register(channel, caseKey, concerns, standard, Map.of());
  }

  private JsonNode register(String channel, String caseKey, String concerns, String standard,
      Map<String, String> place) throws Exception {
    Map<String, Object> body = new HashMap<>(Map.of(
        "complainant", Map.of("surname", "Сейтқали", "name", "Айбек", "patronymic", "Нұрланұлы",
            "postalAddress", "030000, Хромтау, Абай көшесі 5", "phone", "+7 701 000 00 00"),
        "channel", channel, "concerns", concerns, "subject", "Хромтау аудандық бөлімшесі",
        "reason", "Өтінішті қарау кезінде құжаттар жоғалды", "demand", "Шешімді қайта қарау", "signed", true));
    if (caseKey != null) {
      body.put("caseBusinessKey", caseKey);
    }
    if (standard != null) {
      body.put("standard", standard);
    }
    body.putAll(place);
    var response = post("/api/complaints", json.writeValueAsString(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private java.net.http.HttpResponse<String> post(String path, String body) {
    return new Http(port).postJson(path, body, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  private JsonNode get(String path) throws Exception {
    return json.readTree(new Http(port).get(path, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
  }

  private Task task(String businessKey, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as(key + " of " + businessKey).isNotNull();
    return task;
  }

  private List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }

  private void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }
}
