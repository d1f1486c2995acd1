package kz.qyzmet.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.TestUser;
import kz.qyzmet.standards.CaseDriver;
import kz.qyzmet.standards.StandardProcessTest;
import kz.qyzmet.webapps.WebappConfig;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The indicators of S01 counted by hand from four cases filed at pension branches of Павлодар облысы in June 2027 (no
 * day off in June 2027; 6 July is Capital Day). The service term is 10 working days from registration (S01 item 7.1,
 * line 550); filed at the branch, a case is registered when accepted.
 * <ul>
 *   <li>A, Ақсу (pension-pavlodar-02): accepted Tue 1 June 10:00, due Tue 15 June 18:00, decided Mon 14 June (one
 *       working day inside); answers process yes, courtesy no (operator);</li>
 *   <li>B, Ақсу: accepted 1 June, decided Wed 16 June (one working day outside); answer process no;</li>
 *   <li>C, Екібастұз (pension-pavlodar-03, another office): accepted 1 June, decided Wed 2 June;</li>
 *   <li>D, Ақсу: accepted Tue 22 June, due Wed 7 July (6 July is a day off), ended Thu 1 July: after the period;</li>
 *   <li>E, Ақсу: accepted with D, still under review when its term runs out (timer fired on Thu 8 July).</li>
 * </ul>
 * June, office Ақсу: 1.1 = 1 of 2 = 50.00; 2.1 = 1 of 2 = 50.00; 5.1 = 0 of 1; 3.2 not measured. June, region: 1.1 =
 * 2 of 3 = 66.67. Third quarter, Ақсу: 1.1 = 1 of 1.
 */
@StandardProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityIndicatorsTest {

  static final String AKSU = "pension-pavlodar-02";
  static final String EKIBASTUZ = "pension-pavlodar-03";
  static final String DOCUMENTS = "[\"application\", \"identityDocumentCopy\", \"residenceProof\","
      + " \"bankAccountDetails\"]";

  /** The head of the Ақсу branch, who reads the indicators in Cockpit. */
  @RegisterExtension final TestUser head = TestUser.of("aksuhead", "secret", AKSU + ".branchHead")
      .withCockpit("Ақсу", "Басшы");
  @Autowired ProcessEngine engine;
  @Autowired DemoHistory demo;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  CaseDriver cases;
  String a;
  String b;
  String c;
  String d;
  String e;

  /** Once for the class, inside the first test (the coverage listener records a test's run only). */
  @BeforeEach
  void fileTheCases() {
    if (a != null) {
      return;
    }
    cases = new CaseDriver(engine, port, "S01");
    CaseDriver.at(2027, 6, 1, 10, 0);
    a = apply("Ақсу");
    b = apply("Ақсу");
    c = apply("Екібастұз");
    CaseDriver.at(2027, 6, 2, 11, 0);
    finish(c, Map.of());
    CaseDriver.at(2027, 6, 14, 16, 0);
    finish(a, Map.of("satisfactionProcess", "yes", "satisfactionCourtesy", "no", "satisfactionComplaint", "declined"));
    CaseDriver.at(2027, 6, 16, 9, 30);
    finish(b, Map.of("satisfactionProcess", "no"));
    CaseDriver.at(2027, 6, 22, 10, 0);
    d = apply("Ақсу");
    e = apply("Ақсу");
    CaseDriver.at(2027, 7, 1, 9, 30);
    finish(d, Map.of());
    // E, accepted with D, is still at the review when its term (Wed 7 July 18:00) runs out: the timer fires.
    CaseDriver.at(2027, 7, 8, 9, 0);
    cases.fire(cases.timer(e, "Event_ServiceOverdue"));
    ClockUtil.reset();
  }

  @Test
  void theFactsOfACaseHoldItsOfficeTermsAndOutcome() {
    Map<String, Object> fact = facts(a);
    assertThat(fact).containsEntry("STANDARD", "S01").containsEntry("OFFICE_ID", AKSU)
        .containsEntry("REGION", "pavlodar").containsEntry("OUTCOME", "issued").containsEntry("ANSWER_PROCESS", "yes")
        .containsEntry("ANSWER_COURTESY", "no").containsEntry("SURVEY_SOURCE", "operator");
    assertThat(fact.get("ANSWER_COMPLAINT")).as("declined is no answer").isNull();
    assertThat(fact.toString()).doesNotContain("900515300018").doesNotContain("Сейтқали");
  }

  @Test
  void juneAtTheAksuBranchCountsOneCaseInsideAndOneOutsideTheTerm() throws Exception {
    JsonNode rows = indicators("period=2027-06&scope=office:" + AKSU, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(row(rows, "1.1").path("denominator").asLong()).isEqualTo(2);
    assertThat(row(rows, "1.1").path("numerator").asLong()).isEqualTo(1);
    assertThat(row(rows, "1.1").path("value").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(row(rows, "1.1").path("line").asInt()).isEqualTo(4212);
    assertThat(row(rows, "2.1").path("value").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(row(rows, "5.1").path("numerator").asLong()).isZero();
    assertThat(row(rows, "5.1").path("denominator").asLong()).isEqualTo(1);
    assertThat(row(rows, "4.1").path("denominator").asLong()).as("declined").isZero();
    assertThat(row(rows, "4.1").path("value").isNull()).isTrue();
    assertThat(row(rows, "3.2").path("measure").asText()).isEqualTo("notMeasured");
    assertThat(row(rows, "3.2").path("value").isNull()).isTrue();
    assertThat(row(rows, "3.2").path("reading").path("kk").asText()).isNotBlank();
  }

  @Test
  void theRegionAddsTheOtherOfficeAndThePeriodEndsOnThirtyJune() throws Exception {
    JsonNode june = indicators("period=2027-06&scope=region:pavlodar", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(row(june, "1.1").path("numerator").asLong()).isEqualTo(2);
    assertThat(row(june, "1.1").path("denominator").asLong()).isEqualTo(3);
    assertThat(row(june, "1.1").path("value").decimalValue()).isEqualByComparingTo("66.67");
    JsonNode range = indicators("from=2027-06-01&to=2027-07-01&scope=office:" + AKSU, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(row(range, "1.1").path("denominator").asLong()).isEqualTo(3);
    JsonNode third = indicators("period=2027-Q3&scope=office:" + AKSU, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(row(third, "1.1").path("numerator").asLong()).isEqualTo(1);
    assertThat(row(third, "1.1").path("denominator").asLong()).isEqualTo(1);
  }

  @Test
  void everyRowOfEveryStandardIsThere() throws Exception {
    JsonNode body = json.readTree(new Http(port).get("/api/quality/indicators?period=2027-06", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    assertThat(body.path("rows")).hasSize(83);
  }

  @Test
  void aBranchHeadSeesHerOfficeOnlyAlsoThroughHerCockpitSession() throws Exception {
    JsonNode rows = indicators("period=2027-06", head.id(), head.password());
    assertThat(row(rows, "1.1").path("denominator").asLong()).isEqualTo(2);
    assertThat(new Http(port).get("/api/quality/indicators?period=2027-06&scope=region:pavlodar", head.id(), head.password())
        .statusCode()).isEqualTo(403);
    assertThat(new Http(port).get("/api/quality/indicators?period=2027-06&scope=office:" + EKIBASTUZ, head.id(), head.password())
        .statusCode()).isEqualTo(403);
    Http browser = new Http(port);
    assertThat(browser.webappLogin("cockpit", head.id(), head.password()).statusCode()).isEqualTo(200);
    JsonNode scope = json.readTree(browser.get("/api/quality/scope").body());
    assertThat(scope.path("level").asText()).isEqualTo("office");
    assertThat(scope.path("id").asText()).isEqualTo(AKSU);
    assertThat(new Http(port).get("/api/quality/scope").statusCode()).as("no session, no basic").isEqualTo(401);
  }

  @Test
  void theCsvHasOneLinePerRow() {
    var response = new Http(port).get("/api/quality/indicators?period=2027-06&scope=office:" + AKSU + "&format=csv",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.body().lines()).hasSize(84).contains("S01,1.1,4212,timeliness,50.00,1,2,,,"
        + "Құжаттарды тапсырған сәттен бастап белгіленген мерзімде қызметті ұсыну жағдайларының үлесі (%),");
  }

  @Test
  void aBadPeriodNamesTheField() {
    var response = new Http(port).get("/api/quality/indicators?period=2027-13", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("period")
        .contains("period: жыл (2026), тоқсан (2026-Q1) немесе ай (2026-03) болуы керек, берілгені 2027-13");
  }

  @Test
  void theApplicantAnswersOnceWithTheTokenOfHerCase() throws Exception {
    String url = cases.status(c).path("surveyUrl").asText();
    assertThat(url).matches("/survey/[A-Za-z0-9_-]{32}");
    var page = new Http(port).get(url);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Персоналдың сыпайылығына қанағаттандыңыз ба?").doesNotContain(c)
        .doesNotContain("Сейтқали");
    assertThat(new Http(port).get(url + "?lang=ru").body()).contains("Удовлетворены ли вы вежливостью персонала?");

    assertThat(postForm(url, "satisfactionProcess=yes&satisfactionCourtesy=yes").statusCode()).isEqualTo(200);
    assertThat(postForm(url, "satisfactionProcess=no").statusCode()).as("token reuse").isEqualTo(409);
    assertThat(facts(c)).containsEntry("ANSWER_PROCESS", "yes").containsEntry("SURVEY_SOURCE", "applicant");

    String foreign = "/survey/" + CaseFacts.newToken().substring(0, 32);
    assertThat(postForm(foreign, "satisfactionProcess=yes").statusCode()).as("foreign token").isEqualTo(404);
    assertThat(new Http(port).get("/survey/not-a-token").statusCode()).isEqualTo(404);
    String answeredByOperator = cases.status(a).path("surveyUrl").asText();
    assertThat(postForm(answeredByOperator, "satisfactionProcess=no").statusCode()).isEqualTo(409);
    assertThat(facts(a)).containsEntry("ANSWER_PROCESS", "yes");
    String other = cases.status(d).path("surveyUrl").asText();
    assertThat(postForm(other, "satisfactionProcess=maybe").statusCode()).isEqualTo(400);
    assertThat(postForm(other, "satisfactionProcess=yes&x=" + "a".repeat(3000)).statusCode()).isEqualTo(413);
    assertThat(facts(d).get("SURVEY_ANSWERED_AT")).as("nothing half-written").isNull();
  }

  @Test
  void theMonitorListsBreachesOfThePeriodByDeadline() throws Exception {
    JsonNode report = json.readTree(new Http(port).get("/api/quality/monitor?period=2027-06", head.id(), head.password()).body());
    assertThat(report.path("office").asText()).isEqualTo(AKSU);
    assertThat(report.path("breachesByDeadline").path("service").asLong()).isEqualTo(1);
    JsonNode time = report.path("timeToResult").get(0);
    assertThat(time.path("standard").asText()).isEqualTo("S01");
    // A: 9 working days (2-4, 7-11, 14 June), B: 11 (to 16 June): median (nearest rank) 9, 90th percentile 11.
    assertThat(time.path("cases").asInt()).isEqualTo(2);
    assertThat(time.path("medianWorkingDays").asDouble()).isEqualTo(9.0);
    assertThat(time.path("p90WorkingDays").asDouble()).isEqualTo(11.0);
    assertThat(time.path("term").asText()).isEqualTo("10 жұмыс күні (S01, 7.1-тармақ, 550-жол)");
  }

  @Test
  void theDrillDownGoesFromRegionToOfficeToCase() throws Exception {
    JsonNode region = json.readTree(new Http(port).get("/api/quality/breakdown?period=2027-06&scope=region:pavlodar",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(region.path("units").findValuesAsText("unit")).containsExactly(AKSU, EKIBASTUZ);
    JsonNode office = json.readTree(new Http(port).get("/api/quality/breakdown?period=2027-06&scope=office:" + AKSU,
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(office.path("cases").findValuesAsText("businessKey")).as("open E is listed, D ended in July")
        .containsExactlyInAnyOrder(a, b, e);
  }

  @Test
  void cockpitLoadsThePluginAndItsChartsFromTheApplication() {
    String config = WebappConfig.served(new Http(port), "cockpit");
    assertThat(config).as("ours wins over the webjar's").contains("scripts/quality/plugin.js");
    assertThat(config).as("the webapp's locales stay configured: without them Cockpit never shows its login")
        .contains("availableLocales").contains("fallbackLocale");
    var plugin = new Http(port).get("/camunda/app/cockpit/scripts/quality/plugin.js");
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.body()).contains("cockpit.route").contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(new Http(port).get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void anOverdueCaseIsInTheMonitorWithItsLinkAndTheBreachMetricNamesTheOffice() throws Exception {
    CaseDriver.at(2027, 7, 8, 10, 0);
    JsonNode report = json.readTree(new Http(port).get("/api/quality/monitor?period=2027-07", head.id(), head.password()).body());
    JsonNode overdue = report.path("overdue");
    assertThat(overdue.findValuesAsText("businessKey")).containsExactly(e);
    assertThat(overdue.get(0).path("deadline").asText()).isEqualTo("service");
    assertThat(overdue.get(0).path("cockpitLink").asText())
        .isEqualTo("#/process-instance/" + cases.instance(e).getId() + "/runtime");
    assertThat(report.path("breachesByDeadline").path("service").asLong()).isEqualTo(1);
    assertThat(report.path("openCases").asLong()).isEqualTo(1);
    assertThat(meters.find("qyzmet.deadline.breaches").tags("standard", "S01", "deadline", "service", "office", AKSU)
        .counter()).isNotNull();
    assertThat(meters.find("qyzmet.deadline.breaches").tag("office", AKSU).counter().count()).isEqualTo(1.0);
  }

  @Test
  void theManagerEntersTheYearsNormativeAndTarget() throws Exception {
    assertThat(put(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, 2027,
        "[{\"standard\": \"S01\", \"code\": \"1.1\", \"normative\": 100, \"target\": 101}]").statusCode())
        .isEqualTo(400);
    assertThat(put(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, 2027,
        "[{\"standard\": \"S01\", \"code\": \"9.9\", \"normative\": 100}]").body()).contains("[0].code");
    assertThat(put(head.id(), head.password(), 2027, "[{\"standard\": \"S01\", \"code\": \"1.1\", \"normative\": 90}]")
        .statusCode()).isEqualTo(403);
    assertThat(put(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD, 2027,
        "[{\"standard\": \"S01\", \"code\": \"1.1\", \"normative\": 100, \"target\": 95.5}]").statusCode())
        .isEqualTo(204);
    JsonNode rows = indicators("period=2027-06&scope=office:" + AKSU, head.id(), head.password());
    assertThat(row(rows, "1.1").path("normative").decimalValue()).isEqualByComparingTo("100");
    assertThat(row(rows, "1.1").path("target").decimalValue()).isEqualByComparingTo("95.5");
    assertThat(row(indicators("period=2026-06&scope=office:" + AKSU, head.id(), head.password()), "1.1").path("target").isNull())
        .as("another year").isTrue();
  }

  @Test
  void demoHistorySeedsFactsOnceAtTheDemoOffices() throws Exception {
    CaseDriver.at(2026, 12, 1, 12, 0);
    int written = demo.seed(2);
    assertThat(written).isPositive();
    assertThat(demo.seed(2)).as("once").isZero();
    JsonNode rows = indicators("from=2026-10-01&to=2026-11-30&scope=office:pension-aktobe-12", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(row(rows, "1.1").path("denominator").asLong()).isPositive();
    assertThat(row(rows, "1.1").path("value").isNull()).isFalse();
  }

  private HttpResponse<String> put(String user, String password, int year, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/quality/targets/" + year)).header("Authorization", Http.basic(user, password))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String apply(String district) {
    return cases.apply("""
        {"channel": "branch",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
                       "phone": "+7 701 000 00 00", "address": "Ақсу",
                       "region": "Павлодар облысы", "district": "%s"},
         "documents": %s}
        """.formatted(district, DOCUMENTS)).path("businessKey").asText();
  }

  /** Decides (assigned), notifies and hands out the result at the branch, now; answers on the hand-out. */
  private void finish(String key, Map<String, Object> answers) {
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));
    Map<String, Object> issue = new HashMap<>(answers);
    issue.put("recipientFullName", "Сейтқали Айбек");
    issue.put("recipientIdentityDocument", "045123987");
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
        .taskDefinitionKey("Task_IssueResultAtBranch").singleResult();
    cases.complete(task, issue);
  }

  private Map<String, Object> facts(String key) {
    return new org.springframework.jdbc.core.JdbcTemplate(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getDataSource())
        .queryForMap("select * from \"qyzmet\".case_fact where business_key = ?", key);
  }

  private JsonNode indicators(String query, String user, String password) {
    return IndicatorRows.read(port, query, user, password);
  }

  private static JsonNode row(JsonNode rows, String code) {
    return IndicatorRows.row(rows, "S01", code);
  }

  private HttpResponse<String> postForm(String path, String form) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
