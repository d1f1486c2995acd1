package kz.qyzmet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.standards.CaseDriver;
import kz.qyzmet.standards.StandardProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

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

  @Autowired ProcessEngine engine;
  /** Applies for S01 and works the tasks of S01 cases and of complaints. */
  @RegisterExtension final CaseDriver cases = CaseDriver.forStandard("S01");

  @BeforeEach
  void setUp() {
    CaseDriver.at(2026, 11, 20, 10, 0);
  }

  @Test
  void aComplaintToTheMinistryIsReviewedThereAndAnsweredByPost() throws Exception {
    JsonNode talon = register("trustPhone", null, "action", null);
    assertThat(talon.path("number").asText()).matches("C-261120-[A-Z2-9]{8}");
    assertThat(talon.path("registeredAt").asText()).isEqualTo("2026-11-20T10:00:00+05:00");
    assertThat(talon.path("registeredBy").asText()).isEqualTo(QyzmetTest.ADMIN);
    assertThat(talon.path("reviewBody").asText())
        .isEqualTo("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі");
    assertThat(talon.path("answerDue").asText()).isEqualTo("2026-12-07T18:00:00+05:00");
    assertThat(talon.path("answerBy").asText()).isEqualTo("пошта арқылы жазбаша");
    String number = talon.path("number").asText();

    Task review = cases.task(number, "Task_ReviewComplaint");
    assertThat(cases.candidateGroups(review)).containsExactly(Complaints.MINISTRY_GROUP);
    assertThat(review.getDueDate()).isEqualTo(CaseDriver.date(2026, 12, 7, 18, 0));
    cases.complete(review, Map.of("complaintDecision", "rejected", "reviewFindings", "Бұзушылық анықталмады"));

    Task answer = cases.task(number, "Task_SendAnswer");
    assertThat(cases.candidateGroups(answer)).containsExactly(Complaints.MINISTRY_GROUP);
    cases.complete(answer, Map.of("answerLetterNumber", "ЖТ-15/3", "postalReceiptNumber", "RR123456789KZ"));

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

    Task review = cases.task(number, "Task_ReviewComplaint");
    assertThat(cases.candidateGroups(review)).containsExactly(BRANCH + ".branchHead");
    cases.complete(review, Map.of("complaintDecision", "upheld", "reviewFindings", "Құжаттар толық болған"));

    Task reconsider = cases.task(number, "Task_ReconsiderDecision");
    assertThat(cases.candidateGroups(reconsider)).containsExactly(BRANCH + ".branchSpecialist");
    cases.complete(reconsider,
        Map.of("reconsideredDecision", "assigned", "reconsideredDecisionReason", "Шағым бойынша"));
    cases.complete(cases.task(number, "Task_SendAnswer"),
        Map.of("answerLetterNumber", "1", "postalReceiptNumber", "2"));

    JsonNode complaints = get("/api/applications/" + caseKey).path("complaints");
    assertThat(complaints.findValuesAsText("number")).containsExactly(number);
    assertThat(complaints.findValuesAsText("decision")).containsExactly("upheld");
  }

  @Test
  void aPartlyUpheldComplaintAboutAnActionNeedsNoReconsideration() throws Exception {
    String caseKey = applyS01("branch");
    String number = register("officeHead", caseKey, "action", null).path("number").asText();
    cases.complete(cases.task(number, "Task_ReviewComplaint"),
        Map.of("complaintDecision", "partlyUpheld", "reviewFindings", "Маман ескертілді"));
    assertThat(cases.task(number, "Task_SendAnswer")).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ReconsiderDecision").count()).isZero();
  }

  @Test
  void rudeServiceAtACentreGoesToTheCentresHeadOrToTheNationalEnterprise() throws Exception {
    String caseKey = applyS01("psc");
    assertThat(reviewers(register("officeHead", caseKey, "rudeService", null))).containsExactly(CENTRE + ".pscHead");
    JsonNode toTheEnterprise = register("pscEnterprise", caseKey, "rudeService", null);
    assertThat(reviewers(toTheEnterprise)).containsExactly(Complaints.PSC_ENTERPRISE_GROUP);
    assertThat(toTheEnterprise.path("reviewBody").asText()).isEqualTo("«Халыққа қызмет көрсету орталығы» РМК басшысы");
  }

  @ParameterizedTest(name = "{0} about the {1} in {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # The bodies of S08, S12 and S13 review their complaints.
      officeHead   | action      | S08 | ccsp-aktobe.ccspHead
      regionalBody | result      | S13 | regional-employment-aktobe.regionalEmploymentHead
      akimat       | result      | S12 | akimat-aktobe-11.akim
      # Rude service in S12 and S13 goes to the head of the district body that served: S12 item 22, line 40860; S13
      # item 22, line 45046: "уәкілетті орган басшысының атына".
      officeHead   | rudeService | S12 | employment-aktobe-12.employmentHead
      officeHead   | rudeService | S13 | employment-aktobe-12.employmentHead
      """)
  void aComplaintAboutAServiceInKhromtauIsReviewedByItsBody(String channel, String concerns, String standard,
      String group) throws Exception {
    Map<String, String> place = Map.of("region", "Ақтөбе облысы", "district", "Хромтау");
    assertThat(reviewers(register(channel, null, concerns, standard, place))).containsExactly(group);
  }

  @Test
  void theMinistrysChannelsAreTakenOnlyForTheStandardsWhoseSection5ListsThem() throws Exception {
    // S01 item 21.2 (line 744) lists the trust phone; S08, S12 and S13 list no channel of the Ministry.
    Map<String, String> place = Map.of("region", "Ақтөбе облысы", "district", "Хромтау");
    assertThat(reviewers(register("trustPhone", null, "action", "S01", place)))
        .containsExactly(Complaints.MINISTRY_GROUP);
    for (String standard : java.util.List.of("S08", "S12", "S13")) {
      Map<String, Object> body = new HashMap<>(Map.of(
          "complainant", Map.of("surname", "Сейтқали", "name", "Айбек", "postalAddress", "030000, Хромтау"),
          "channel", "qaPage", "concerns", "result", "subject", "Бөлім", "reason", "Себеп", "demand", "Талап",
          "signed", true, "standard", standard));
      body.putAll(place);
      var response = post("/api/complaints", Json.write(body));
      assertThat(response.statusCode()).as(standard).isEqualTo(400);
      JsonNode problem = Json.read(response.body());
      assertThat(problem.path("field").asText() + problem.path("errors").findValuesAsText("field"))
          .as(standard).contains("channel");
      assertThat(problem.path("detail").asText()).contains(standard + " стандартының 5-бөлімінде министрліктің qaPage"
          + " арнасы аталмайды");
    }
  }

  @Test
  void theTermIsExtendedOnceAndTheComplainantIsTold() throws Exception {
    String number = register("ministryOffice", null, "action", null).path("number").asText();
    cases.complete(cases.task(number, "Task_ReviewComplaint"),
        Map.of("complaintDecision", "extend", "reviewFindings", "Облыстық органнан ақпарат сұралды"));

    Task inform = cases.task(number, "Task_InformExtension");
    assertThat(cases.candidateGroups(inform)).containsExactly(Complaints.MINISTRY_GROUP);
    cases.complete(inform, Map.of("extensionLetterNumber", "ЖТ-15/9"));

    Task review = cases.task(number, "Task_ReviewComplaint");
    assertThat(review.getDueDate()).isEqualTo(CaseDriver.date(2026, 12, 21, 18, 0));
    assertThat(get("/api/complaints/" + number).path("answerDue").asText()).isEqualTo("2026-12-21T18:00:00+05:00");
    assertThatThrownBy(() -> cases.complete(review,
            Map.of("complaintDecision", "extend", "reviewFindings", "тағы да ұзарту")))
        .hasMessageContaining("қарау мерзімі бір рет қана ұзартылады");
    cases.complete(review, Map.of("complaintDecision", "upheld", "reviewFindings", "Талап орындалды"));
    assertThat(cases.task(number, "Task_SendAnswer")).isNotNull();
  }

  @Test
  void whenTheReviewTermRunsOutTheSupervisorIsToldAndTheReviewGoesOn() throws Exception {
    String caseKey = applyS01("branch");
    String number = register("officeHead", caseKey, "action", null).path("number").asText();
    var timer = engine.getManagementService().createJobQuery().processInstanceId(
        cases.task(number, "Task_ReviewComplaint").getProcessInstanceId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(CaseDriver.date(2026, 12, 7, 18, 0));
    CaseDriver.at(2026, 12, 7, 18, 1);
    engine.getManagementService().executeJob(timer.getId());

    Task overdue = cases.task(number, "Task_ReviewOverdue");
    assertThat(cases.candidateGroups(overdue)).containsExactly(Complaints.MINISTRY_GROUP);
    assertThat(cases.task(number, "Task_ReviewComplaint")).isNotNull();
    assertThat(get("/api/complaints/" + number).path("reviewBreachedAt").asText()).startsWith("2026-12-07T18:01");
    cases.complete(overdue, Map.of("overdueMeasure", "Бөлімше басшысына ескерту жасалды"));
  }

  @Test
  void item24IsCheckedOnTheServerAndAnonymousComplaintsAreNotReviewed() throws Exception {
    var response = post("/api/complaints", """
        {"complainant": {"surname": "", "name": "Айгүл", "postalAddress": " "}, "channel": "telegram",
         "subject": "", "reason": "Дөрекі жауап", "demand": "Шара қолдану", "signed": false}""");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = Json.read(response.body());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "complainant.surname", "complainant.postalAddress", "signed", "subject", "channel");

    String noComplainant = """
        {"channel": "trustPhone", "subject": "Бөлімше", "reason": "Себеп", "demand": "Талап", "signed": true}""";
    JsonNode anonymous = Json.read(post("/api/complaints", noComplainant).body());
    assertThat(anonymous.path("field").asText()).isEqualTo("complainant");
    // The Law No. 221 is cited by its name in the reader's language.
    assertThat(anonymous.path("detail").asText()).isEqualTo("complainant: міндетті: 24-тармақ шағымданушының тегін,"
        + " атын, әкесінің атын және пошталық мекенжайын талап етеді; жасырын шағымдар қаралмайды («Жеке және заңды"
        + " тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының 2007 жылғы 12 қаңтардағы № 221"
        + " Заңы, 1-бабының 2-тармағы және 5-бабы)");
    JsonNode russian = Json.read(new Http(cases.port()).postJson("/api/complaints", noComplainant, QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD, "ru").body());
    assertThat(russian.path("detail").asText()).isEqualTo("complainant: обязательно: пункт 24 требует фамилию, имя,"
        + " отчество и почтовый адрес заявителя; анонимные жалобы не рассматриваются (Закон Республики Казахстан"
        + " от 12 января 2007 года № 221 «О порядке рассмотрения обращений физических и юридических лиц», пункт 2"
        + " статьи 1 и статья 5)");

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
    assertThat(cases.candidateGroups(cases.task(started.getBusinessKey(), "Task_ReviewComplaint")))
        .containsExactly(Complaints.MINISTRY_GROUP);

    form.put("signed", false);
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
        .hasMessageContaining("signed");
  }

  // ---------------------------------------------------------------- helpers

  private String applyS01(String channel) {
    return cases.apply(S01AtKhromtau.application(channel)).path("businessKey").asText();
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
    var response = post("/api/complaints", Json.write(body));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.read(response.body());
  }

  /** The groups the complaint of this talon waits for review in. */
  private java.util.List<String> reviewers(JsonNode talon) {
    return cases.candidateGroups(cases.task(talon.path("number").asText(), "Task_ReviewComplaint"));
  }

  private java.net.http.HttpResponse<String> post(String path, String body) {
    return cases.post(path, body);
  }

  private JsonNode get(String path) {
    return cases.get(path);
  }

}
