package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.TestUser;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, item 3: what a clerk can meet when Tasklist's start, form submission or claim is refused is one short
 * sentence in her language (Kazakh by default, Russian in a Russian browser) naming the field and the rule, or saying
 * what happened; never a Java class, a process definition id or a stack fragment. Checked on the error bodies of the
 * engine's REST API and of the webapps' copy of it, which Tasklist calls and whose {@code message} it shows.
 */
@Tag("embedded-only") // the Хромтау centre's demo operator
@QyzmetTest
class ClerkErrorMessagesTest {

  static final String OPERATOR = "khromtauoperator";
  static final String START = "/process-definition/key/S01/submit-form";

  /** The operator's colleague in the same centre. */
  @RegisterExtension final TestUser colleague =
      TestUser.of("errorscolleague", "Errors-colleague-1", "psc-aktobe-05.pscOperator");
  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void theOperator() {
    kz.qyzmet.demo.DemoPeople.ensure(engine); // also where the demo users are off
  }

  /** The Хромтау applicant's S01 start form, as Tasklist submits it, with this IIN and district. */
  static String application(String iin, String district) {
    return "{\"variables\": " + S01AtKhromtau.rest(S01AtKhromtau.startVariables(
        Map.of("applicantIin", iin, "district", district))) + "}";
  }

  private HttpResponse<String> rest(String path, String body, String language) {
    return new Http(port).postJson("/engine-rest" + path, body, OPERATOR, "demo", language);
  }

  private long started() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy(OPERATOR).count();
  }

  /** The body's message, checked to be a clean sentence for a clerk. */
  private String message(HttpResponse<String> response) throws Exception {
    JsonNode body = json.readTree(response.body());
    String message = body.path("message").asText();
    assertThat(message).as(response.body()).isNotBlank().endsWith(".")
        .doesNotContain("Exception", "org.", "kz.qyzmet", "java.", "\tat ", "Cannot ", "S01:")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    return message;
  }

  @Test
  void aStartTheIntakeRefusesNamesTheFieldAndTheRuleInTheClerksLanguageAndStartsNothing() throws Exception {
    long before = started();
    var kazakh = rest(START, application("900515300019", "Хромтау"), "kk-KZ,kk;q=0.9");
    assertThat(kazakh.statusCode()).isEqualTo(400);
    assertThat(message(kazakh)).isEqualTo("«ЖСН» өрісі: бақылау цифры (12-цифр) 8 болуы керек.");
    assertThat(json.readTree(kazakh.body()).path("fields").get(0).asText()).isEqualTo("applicant.iin");

    var russian = rest(START, application("900515300019", "Хромтау"), "ru-RU,ru;q=0.9");
    assertThat(russian.statusCode()).isEqualTo(400);
    assertThat(message(russian)).isEqualTo("Поле «ИИН»: контрольная цифра (12-я) должна быть 8.");

    // Tasklist's own way in (the webapps' engine API, in the clerk's session): the same sentence, and 400, not 500.
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", OPERATOR, "demo");
    var webapp = tasklist.postJsonInSession("/camunda/api/engine/engine/default" + START,
        application("900515300019", "Хромтау"), "kk");
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
    assertThat(message(webapp)).isEqualTo("«ЖСН» өрісі: бақылау цифры (12-цифр) 8 болуы керек.");

    var district = tasklist.postJsonInSession("/camunda/api/engine/engine/default" + START,
        application("900515300018", "Атлантида"), "kk");
    assertThat(district.statusCode()).as(district.body()).isEqualTo(400);
    assertThat(message(district)).isEqualTo("«Аудан (облыстық маңызы бар қала)» өрісі: анықтамалықтағы Ақтөбе облысы "
        + "аудандарының тізімінде жоқ: ауданды тізімнен таңдаңыз.");
    assertThat(started()).isEqualTo(before);
  }

  @Test
  void aTaskFormSentWithoutARequiredFieldNamesItsLabelAndTheRule() throws Exception {
    var response = rest(START, application("900515300018", "Хромтау"), "kk");
    String key = json.readTree(response.body()).path("businessKey").asText();
    Task handover = new CaseDriver(engine, port, "S01").task(key, "Task_HandOverToBranch");

    String incomplete = "{\"variables\": {\"documentsHandedOver\": {\"value\": true}}}";
    var kazakh = rest("/task/" + handover.getId() + "/submit-form", incomplete, "kk");
    assertThat(kazakh.statusCode()).isEqualTo(400);
    assertThat(message(kazakh)).isEqualTo("«Тізілімнің (ілеспе хаттың) нөмірі» өрісі: толтыру міндетті.");
    var russian = rest("/task/" + handover.getId() + "/submit-form", incomplete, "ru");
    assertThat(message(russian)).isEqualTo("Поле «Тізілімнің (ілеспе хаттың) нөмірі»: обязательно для заполнения.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(handover.getId()).count()).as("still open").isOne();
  }

  @Test
  void whatTheEngineRefusesIsSaidInOneSentenceWithoutItsInternals() throws Exception {
    var missing = rest("/task/8a1f7c2e-0000-4000-8000-000000000000/complete", "{}", "kk");
    assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(message(missing))
        .isEqualTo("Тапсырма табылмады: оны басқа қызметкер аяқтаған болуы мүмкін, тізімді жаңартыңыз.");

    var response = rest(START, application("900515300018", "Хромтау"), "kk");
    String key = json.readTree(response.body()).path("businessKey").asText();
    Task handover = new CaseDriver(engine, port, "S01").task(key, "Task_HandOverToBranch");
    var claimed = rest("/task/" + handover.getId() + "/claim", "{\"userId\": \"" + OPERATOR + "\"}", "kk");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

    String claim = "{\"userId\": \"" + colleague.id() + "\"}";
    var taken = colleague.post("/engine-rest/task/" + handover.getId() + "/claim", claim, "kk");
    assertThat(taken.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(message(taken)).isEqualTo("Тапсырманы басқа қызметкер өзіне алып қойған, тізімді жаңартыңыз.");
    var russian = colleague.post("/engine-rest/task/" + handover.getId() + "/claim", claim, "ru");
    assertThat(message(russian)).isEqualTo("Задачу уже взял другой сотрудник, обновите список.");

    // A clerk of another office completing this task: refused, without the engine's text.
    var otherOffice = new Http(port).postJson("/engine-rest/task/" + handover.getId() + "/complete", "{}",
        "almalyoperator", "demo", "kk");
    assertThat(otherOffice.statusCode()).isIn(403, 404, 500);
    assertThat(message(otherOffice)).isIn(
        "Бұл әрекетке құқығыңыз жоқ: тапсырма не іс басқа кеңсеге тиесілі.",
        "Тапсырма табылмады: оны басқа қызметкер аяқтаған болуы мүмкін, тізімді жаңартыңыз.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(handover.getId()).count()).isOne();
  }
}
