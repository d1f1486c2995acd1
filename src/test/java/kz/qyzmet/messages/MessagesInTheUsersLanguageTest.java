package kz.qyzmet.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Qyzmet answers in the language the client asks for (Accept-Language kk, ru, en), Kazakh by default: the API's
 * problem details and the server-side form check that Tasklist shows when a clerk submits a form.
 */
@QyzmetTest
class MessagesInTheUsersLanguageTest {

  static final String BAD_APPLICATION = """
      {"standard": "S01", "channel": "psc", "applicant": {"iin": "900515300019", "surname": "Сейтқали",
       "name": "Айбек", "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы",
       "district": "Хромтау"}, "documents": ["application"]}""";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theApiNamesTheBrokenRuleInTheRequestedLanguage() throws Exception {
    JsonNode kk = json.readTree(post("/api/applications", BAD_APPLICATION, null, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    JsonNode ru = json.readTree(post("/api/applications", BAD_APPLICATION, "ru-RU,ru;q=0.9", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    JsonNode en = json.readTree(post("/api/applications", BAD_APPLICATION, "en-US", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());

    assertThat(kk.path("title").asText()).isEqualTo("Сұрау дұрыс емес");
    assertThat(kk.path("detail").asText()).isEqualTo("applicant.iin: бақылау цифры (12-цифр) 8 болуы керек");
    assertThat(ru.path("title").asText()).isEqualTo("Неверный запрос");
    assertThat(ru.path("detail").asText()).isEqualTo("applicant.iin: контрольная цифра (12-я) должна быть 8");
    assertThat(ru.path("errors").get(0).path("rule").asText()).isEqualTo("контрольная цифра (12-я) должна быть 8");
    assertThat(en.path("title").asText()).isEqualTo("Invalid request");
    assertThat(en.path("detail").asText()).isEqualTo("applicant.iin: check digit (digit 12) must be 8");
    // The field stays the field's name in every language.
    assertThat(ru.path("field").asText()).isEqualTo("applicant.iin");
  }

  @Test
  @Tag("embedded-only") // the demo clerks exist in the default profile only
  void theClerkReadsTheFormCheckInHerLanguage() throws Exception {
    CaseDriver.at(2026, 11, 20, 10, 0);
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = cases.apply("""
        {"channel": "branch", "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
         "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}
        """).path("businessKey").asText();
    Task review = cases.task(key, "Task_ReviewApplication");
    String submit = "/engine-rest/task/" + review.getId() + "/submit-form";
    String refusal = "{\"variables\": {\"decision\": {\"value\": \"refused\"}}}";

    var kk = post(submit, refusal, "kk", "khromtauspecialist", "demo");
    var ru = post(submit, refusal, "ru", "khromtauspecialist", "demo");
    var en = post(submit, refusal, "en", "khromtauspecialist", "demo");

    assertThat(kk.statusCode()).isEqualTo(400);
    // One sentence naming the field by its label, as Tasklist shows it (EngineRestErrors).
    String label = "«Бас тарту негіздемесі (дәлелді жауапқа енгізіледі)»";
    assertThat(json.readTree(kk.body()).path("message").asText()).isEqualTo(label + " өрісі: толтыру міндетті.");
    assertThat(json.readTree(ru.body()).path("message").asText())
        .isEqualTo("Поле " + label + ": обязательно для заполнения.");
    assertThat(json.readTree(en.body()).path("message").asText()).isEqualTo("Field " + label + ": is required.");
    assertThat(cases.task(key, "Task_ReviewApplication")).isNotNull(); // nothing was written
  }

  private HttpResponse<String> post(String path, String body, String language, String user, String password)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, password))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
