package kz.qyzmet.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar API on the running application (the shared test context), with HTTP Basic authentication. */
@QyzmetTest
class CalendarApiTest {

  private static final String CLERK = "calendarclerk";
  private static final String CLERK_PASSWORD = "clerk-password";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  private final ObjectMapper json = new ObjectMapper();
  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    if (identity.createUserQuery().userId(CLERK).count() == 0) {
      User clerk = identity.newUser(CLERK);
      clerk.setPassword(CLERK_PASSWORD);
      identity.saveUser(clerk);
    }
  }

  private JsonNode getOk(String path) throws Exception {
    HttpResponse<String> response = api.get(path, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    return json.readTree(response.body());
  }

  @Test
  void deadlineWithSkippedDaysAndReasons() throws Exception {
    // Accepted Wednesday 7 Mar 2018 10:00 in Almaty, one working day: 8 Mar Women's Day, 9 Mar transfer (Saturday 3
    // March worked instead), 10-11 weekend -> Monday 12 March 18:00, UTC+6 then.
    JsonNode body = getOk("/api/calendar/deadline?start=2018-03-07T10:00&workingDays=1&zone=Asia/Almaty");
    assertThat(body.get("start").asText()).isEqualTo("2018-03-07T10:00");
    assertThat(body.get("zone").asText()).isEqualTo("Asia/Almaty");
    assertThat(body.get("workingDays").asInt()).isEqualTo(1);
    assertThat(body.get("due").asText()).isEqualTo("2018-03-12T18:00:00+06:00");
    assertThat(body.get("verified").asBoolean()).isTrue();
    JsonNode skipped = body.get("skipped");
    assertThat(skipped).hasSize(4);
    assertThat(skipped.get(0).get("date").asText()).isEqualTo("2018-03-08");
    assertThat(skipped.get(0).get("reason").asText()).isEqualTo("Халықаралық әйелдер күні");
    assertThat(skipped.get(0).get("reasonEn").asText()).isEqualTo("International Women's Day");
    assertThat(skipped.get(1).get("kind").asText()).isEqualTo("TRANSFER");
    assertThat(skipped.get(1).get("reasonEn").asText()).contains("2018-03-03", "On the transfer of days off in 2018");
    assertThat(skipped.get(2).get("reason").asText()).isEqualTo("Сенбі");
  }

  @Test
  void deadlineInTheDefaultZoneAfterTheZoneChange() throws Exception {
    // Friday 14 Nov 2025, no zone -> Asia/Almaty (UTC+5 since 1 March 2024) -> Monday 17 Nov 18:00+05:00.
    JsonNode body = getOk("/api/calendar/deadline?start=2025-11-14T17:30&workingDays=1");
    assertThat(body.get("zone").asText()).isEqualTo("Asia/Almaty");
    assertThat(body.get("due").asText()).isEqualTo("2025-11-17T18:00:00+05:00");
    // 2027 has no verified data.
    assertThat(getOk("/api/calendar/deadline?start=2027-03-01T10:00&workingDays=5").get("verified").asBoolean())
        .isFalse();
  }

  @Test
  void aYearsDaysOff() throws Exception {
    JsonNode body = getOk("/api/calendar/2018");
    assertThat(body.get("year").asInt()).isEqualTo(2018);
    assertThat(body.get("verified").asBoolean()).isTrue();
    assertThat(body.get("law").asText()).contains("No. 267");
    JsonNode daysOff = body.get("daysOff");
    // See WorkingDayCalendarTest for the hand-made list of 2018: 23 days off.
    assertThat(daysOff).hasSize(23);
    JsonNode newYear = daysOff.get(0);
    assertThat(newYear.get("date").asText()).isEqualTo("2018-01-01");
    assertThat(newYear.get("nameKk").asText()).isEqualTo("Жаңа жыл");
    assertThat(newYear.get("nameEn").asText()).isEqualTo("New Year");
    assertThat(newYear.get("carriedOver").asBoolean()).isFalse();
    // 3 December 2018: First President's Day fell on Saturday 1 December -> carried to Monday 3 December.
    JsonNode carried = daysOff.get(18);
    assertThat(carried.get("date").asText()).isEqualTo("2018-12-03");
    assertThat(carried.get("carriedOver").asBoolean()).isTrue();
    assertThat(carried.get("carriedOverFrom").asText()).isEqualTo("2018-12-01");
    JsonNode transfer = daysOff.get(4);
    assertThat(transfer.get("date").asText()).isEqualTo("2018-03-09");
    assertThat(transfer.get("transfer").get("workingDay").asText()).isEqualTo("2018-03-03");
    assertThat(transfer.get("transfer").get("act").asText()).contains("Government Decree");
    assertThat(body.get("workingWeekendDays")).hasSize(5);
    // A year without a data file: rule-based days off, unverified.
    JsonNode y2031 = getOk("/api/calendar/2031");
    assertThat(y2031.get("verified").asBoolean()).isFalse();
    assertThat(y2031.get("daysOff").get(0).get("date").asText()).isEqualTo("2031-01-01");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = { // the rule in Kazakh, the language of a request that names none
      "/api/calendar/deadline?workingDays=1                                  | start       | толтыру міндетті",
      "/api/calendar/deadline?start=14.11.2025&workingDays=1                 | start       | ISO жергілікті күн мен уақыт",
      "/api/calendar/deadline?start=2025-11-14T10:00%2B05:00&workingDays=1   | start       | ығысусыз",
      "/api/calendar/deadline?start=2011-11-14T10:00&workingDays=1           | start       | 2012–2100 жылдар",
      "/api/calendar/deadline?start=2100-12-30T10:00&workingDays=5           | start       | (2100) кейін аяқталады",
      "/api/calendar/deadline?start=2025-11-14T10:00                         | workingDays | толтыру міндетті",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=ten         | workingDays | бүтін сан",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=-1          | workingDays | 1 және 366 аралығында",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=0           | workingDays | кемінде бір жұмыс күні",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=100000      | workingDays | 1 және 366 аралығында",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=1&zone=Asia/Nowhere | zone | tzdb аймақ",
      "/api/calendar/deadline?start=2025-11-14T10:00&workingDays=1&zone=UTC%2B5      | zone | тұрақты ығысу емес",
      "/api/calendar/twenty-twenty                                           | year        | бүтін сан",
      "/api/calendar/2011                                                    | year        | 2012 және 2100 аралығында",
      "/api/calendar/2101                                                    | year        | 2012 және 2100 аралығында"})
  void badParametersGiveAProblemNamingTheParameter(String path, String parameter, String rule) throws Exception {
    HttpResponse<String> response = api.get(path, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
    assertThat(problem.get("detail").asText()).startsWith(parameter + ": ").contains(rule);
    assertThat(problem.get("title").asText()).isEqualTo("Күнтізбеге сұрау дұрыс емес");
  }

  @Test
  void theApiNeedsAuthentication() {
    assertThat(api.get("/api/calendar/2018", null, null).statusCode()).isEqualTo(401);
    assertThat(api.get("/api/calendar/2018", CLERK, CLERK_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void onlyAdministratorsMayRecalculate() throws Exception {
    assertThat(api.post("/api/calendar/recalculation", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> response = api.post("/api/calendar/recalculation", CLERK, CLERK_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(response.body()).get("detail").asText()).contains("camunda-admin");
  }
}
