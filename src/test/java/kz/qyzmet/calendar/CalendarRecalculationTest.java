package kz.qyzmet.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin recalculation moves an existing timer and task due date when the calendar data changes. Runs the whole
 * application in the shared test context, whose calendar data source the test can change (ChangeableCalendar).
 */
@QyzmetTest
class CalendarRecalculationTest {

  @Autowired ChangeableCalendar.Source source;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @LocalServerPort int port;

  @AfterEach
  void restoreTheCommittedCalendar() {
    source.added.clear();
    source.fixture = null;
    new ApiClient(port).post("/api/calendar/recalculation", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  @Test
  void aNewDayOffMovesTheTimerAndTheTaskDueDate() throws Exception {
    repository.createDeployment().addClasspathResource("calendar/recalculation-test.bpmn")
        .name("calendar-recalculation-test").deploy();
    // Accepted Friday 14 Nov 2025 10:00 in Almaty (UTC+5) = 05:00Z -> one working day: Monday 17 Nov 18:00+05.
    Date acceptedAt = Date.from(Instant.parse("2025-11-14T05:00:00Z"));
    ProcessInstance instance = runtime.startProcessInstanceByKey("calendarRecalculationTest",
        Map.of("acceptedAt", acceptedAt));
    Date monday = Date.from(Instant.parse("2025-11-17T13:00:00Z"));
    assertThat(timer(instance).getDuedate()).isEqualTo(monday);
    assertThat(task(instance).getDueDate()).isEqualTo(monday);

    // The Government declares Monday 17 Nov 2025 a day off (test data): the term now ends Tuesday 18 Nov 18:00+05.
    source.added.add(new HolidayRule("test-day-off", 11, 17, HolidayKind.STATE, 2025, 2025,
        "Сынақ демалыс күні", "Test day off"));
    HttpResponse<String> response =
        new ApiClient(port).post("/api/calendar/recalculation", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = new ObjectMapper().readTree(response.body());
    assertThat(result.get("timersRecalculated").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(result.get("tasksMoved").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(result.get("failedJobIds").toString()).doesNotContain(timer(instance).getId());

    Date tuesday = Date.from(Instant.parse("2025-11-18T13:00:00Z"));
    assertThat(timer(instance).getDuedate()).isEqualTo(tuesday);
    assertThat(task(instance).getDueDate()).isEqualTo(tuesday);

    runtime.deleteProcessInstance(instance.getId(), "test finished");
  }

  @Test
  void aBadDataFileIsRefusedWith400NamingTheFileTheFieldAndTheRuleInTheAdministratorsLanguage() throws Exception {
    source.fixture = "bad-transfer"; // years/2018.yaml moves a day off onto Sunday 4 March 2018
    String file = "classpath:calendar/fixtures/bad-transfer/years/2018.yaml";
    Http http = new Http(port);
    HttpResponse<String> kk = http.postJson("/api/calendar/recalculation", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD, "kk");
    assertThat(kk.statusCode()).as(kk.body()).isEqualTo(400);
    assertThat(kk.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(kk.body());
    assertThat(problem.path("title").asText()).isEqualTo("Күнтізбе деректері дұрыс емес");
    assertThat(problem.path("detail").asText()).isEqualTo("Күнтізбе деректері дұрыс емес; бұрынғы күнтізбе "
        + "қолданыста қалады: " + file + ": transfers[1] (2018-03-10 -> 2018-03-04): dayOff – жексенбі; ауыстыру "
        + "жұмыс күнін демалыс күні етеді");
    assertThat(problem.path("file").asText()).isEqualTo(file);
    assertThat(problem.path("field").asText()).isEqualTo("transfers[1] (2018-03-10 -> 2018-03-04)");
    assertThat(problem.path("rule").asText()).isEqualTo("transferOntoWeekend");

    HttpResponse<String> ru = http.postJson("/api/calendar/recalculation", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD, "ru");
    assertThat(ru.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(ru.body()).path("detail").asText()).isEqualTo("Данные календаря неверны; "
        + "продолжает действовать прежний календарь: " + file + ": transfers[1] (2018-03-10 -> 2018-03-04): dayOff – "
        + "воскресенье; перенос делает выходным будний день");

    // The committed calendar stays: 2027 (which the fixture lacks) is still known.
    assertThat(new ApiClient(port).get("/api/calendar/2027", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .statusCode()).isEqualTo(200);
  }

  private Job timer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
