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
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
  void theRefusalNamesEachMissingDocumentInTheReadersLanguage() throws Exception {
    CaseDriver.at(2026, 11, 20, 11, 0); // Friday, Aktobe region: the centre is open
    String incomplete = """
        {"standard": "S01", "channel": "psc", "applicant": {"iin": "900515300018", "surname": "Жұмабаева",
         "name": "Гүлнар", "phone": "+7 701 123 45 67", "address": "Хромтау", "region": "Ақтөбе облысы",
         "district": "Хромтау"}, "documents": ["application", "identityDocumentCopy", "bankAccountDetails"]}""";
    HttpResponse<String> kk = post("/api/applications", incomplete, null, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    HttpResponse<String> ru = post("/api/applications", incomplete, "ru-RU,ru;q=0.9", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(kk.statusCode()).as(kk.body()).isEqualTo(201);
    assertThat(ru.statusCode()).as(ru.body()).isEqualTo(201);
    JsonNode kkReceipt = json.readTree(kk.body());
    JsonNode ruReceipt = json.readTree(ru.body());
    assertThat(kkReceipt.path("kind").asText()).isEqualTo("refusalReceipt");
    assertThat(ruReceipt.path("kind").asText()).isEqualTo("refusalReceipt");
    // S01 item 11.3 (line 626): the proof of registration, in Kazakh by default and in Russian for a Russian reader.
    assertThat(kkReceipt.path("missingDocuments").findValuesAsText("name"))
        .containsExactly("Тұрғылықты жері бойынша тіркелгенін растайтын құжат");
    assertThat(ruReceipt.path("missingDocuments").findValuesAsText("name"))
        .containsExactly("Документ, подтверждающий регистрацию по постоянному месту жительства");
    assertThat(ruReceipt.path("documentsAccepted").findValuesAsText("name")).containsExactly("Заявление",
        "Копия документа, удостоверяющего личность",
        "Сведения о номере банковского счета либо специального счета исправительного учреждения");
    assertThat(kkReceipt.path("documentsAccepted").get(0).path("name").asText()).isEqualTo("Өтініш");
  }

  @Test
  @Tag("embedded-only") // the demo clerks exist in the default profile only
  void theClerkReadsTheFormCheckInHerLanguage() throws Exception {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = S01AtKhromtau.filedAtTheBranch(cases);
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

  @Test
  void theDirectorysAndTheCalendarsProblemsAreInTheRequestedLanguage() throws Exception {
    String unknownRegion = "/api/offices?region=" + java.net.URLEncoder.encode("Алатау облысы", "UTF-8");
    JsonNode kk = json.readTree(get(unknownRegion, null).body());
    JsonNode ru = json.readTree(get(unknownRegion, "ru").body());
    assertThat(kk.path("title").asText()).isEqualTo("Анықтамалыққа сұрау дұрыс емес");
    assertThat(kk.path("detail").asText()).startsWith("region: Алатау облысы қаулыдағы 16 аймақтың бірі емес");
    assertThat(ru.path("title").asText()).isEqualTo("Неверный запрос к справочнику");
    assertThat(ru.path("detail").asText()).startsWith("region: Алатау облысы не является одним из 16 регионов");
    assertThat(ru.path("parameter").asText()).isEqualTo("region");

    // Routing to a body the directory has no office of (S12's rural akim, line 40724): said, in the user's language.
    String rural = "/api/offices/resolve?standard=S12&role=ruralAkim&region=150000000&district="
        + java.net.URLEncoder.encode("Хромтау", "UTF-8");
    JsonNode kkRouting = json.readTree(get(rural, "kk").body());
    JsonNode ruRouting = json.readTree(get(rural, "ru-RU,ru;q=0.9").body());
    assertThat(kkRouting.path("title").asText()).isEqualTo("Жауапты кеңсе жоқ");
    assertThat(kkRouting.path("detail").asText()).isEqualTo("officeId: анықтамалықта S12 үшін ruralAkim түріндегі"
        + " кеңсе жоқ (ruralAkim рөлі): қаулының бірде-бір қосымшасы оны атамайды; оның орнына басқа кеңсе"
        + " тағайындалмайды");
    assertThat(ruRouting.path("title").asText()).isEqualTo("Нет ответственного учреждения");
    assertThat(ruRouting.path("detail").asText()).startsWith("officeId: в справочнике нет учреждения вида ruralAkim"
        + " (роль ruralAkim) для S12");
    String unknownRole = "/api/offices/resolve?standard=S12&role=janitor&region=150000000&district="
        + java.net.URLEncoder.encode("Хромтау", "UTF-8");
    assertThat(json.readTree(get(unknownRole, null).body()).path("detail").asText())
        .startsWith("role: janitor рөлі белгісіз; рөлдер: [");
    assertThat(json.readTree(get(unknownRole, "ru").body()).path("detail").asText())
        .startsWith("role: роль janitor неизвестна; роли: [");

    JsonNode kkYear = json.readTree(get("/api/calendar/2011", null).body());
    JsonNode ruYear = json.readTree(get("/api/calendar/2011", "ru").body());
    JsonNode enYear = json.readTree(get("/api/calendar/2011", "en").body());
    assertThat(kkYear.path("title").asText()).isEqualTo("Күнтізбеге сұрау дұрыс емес");
    assertThat(kkYear.path("detail").asText()).isEqualTo("year: 2012 және 2100 аралығында болуы керек; берілгені 2011");
    assertThat(ruYear.path("title").asText()).isEqualTo("Неверный запрос к календарю");
    assertThat(ruYear.path("detail").asText()).isEqualTo("year: должно быть от 2012 до 2100; указано 2011");
    assertThat(enYear.path("detail").asText()).isEqualTo("year: must be from 2012 to 2100; got 2011");
  }

  @Test
  void routingAtIntakeAndTheMinistrysChannelAreRefusedInTheRequestedLanguage() throws Exception {
    // S12 on the rural route: the directory has no rural akim (line 40724), said in the clerk's language.
    String rural = """
        {"standard": "S12", "channel": "akim", "applicant": {"iin": "900515300018", "surname": "Сейтқали",
         "name": "Айбек", "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы",
         "district": "Хромтау"}, "documents": ["application", "identityDocumentCopy"]}""";
    JsonNode kk = json.readTree(post("/api/applications", rural, null, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    JsonNode ru = json.readTree(post("/api/applications", rural, "ru", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    assertThat(kk.path("detail").asText()).contains("officeId: анықтамалықта ruralAkim рөлінің кеңсесі жоқ");
    assertThat(ru.path("detail").asText()).contains("officeId: в справочнике нет учреждения роли ruralAkim");

    String complaint = """
        {"complainant": {"surname": "Сейтқали", "name": "Айбек", "postalAddress": "030000, Хромтау"},
         "channel": "qaPage", "concerns": "result", "subject": "Бөлім", "reason": "Себеп", "demand": "Талап",
         "signed": true, "standard": "S08", "region": "Ақтөбе облысы", "district": "Хромтау"}""";
    JsonNode kkComplaint = json.readTree(post("/api/complaints", complaint, "kk", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).body());
    JsonNode ruComplaint = json.readTree(post("/api/complaints", complaint, "ru", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(kkComplaint.path("detail").asText()).isEqualTo("channel: S08 стандартының 5-бөлімінде министрліктің"
        + " qaPage арнасы аталмайды; бұл стандарт бойынша шағымдар ол атаған органдарға беріледі (officeHead арнасы"
        + " немесе 21-тармақтағы орган)");
    assertThat(ruComplaint.path("detail").asText()).isEqualTo("channel: раздел 5 стандарта S08 не называет канал"
        + " министерства qaPage; жалобы по этому стандарту подаются в названные им органы (канал officeHead или орган"
        + " пункта 21)");
  }

  @Test
  void theReceiptCitesTheDecreeInTheRequestedLanguage() throws Exception {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String request = """
        {"standard": "S07", "channel": "psc", "subtype": "ownFunds", "applicant": {"iin": "900515300018",
         "surname": "Жұмабаева", "name": "Гүлнар", "phone": "+7 701 000 00 00", "address": "Хромтау",
         "region": "Ақтөбе облысы", "district": "Хромтау"}, "documents": ["application"]}""";
    JsonNode kk = json.readTree(post("/api/applications", request, null, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    JsonNode ru = json.readTree(post("/api/applications", request, "ru", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    JsonNode en = json.readTree(post("/api/applications", request, "en", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)
        .body());
    assertThat(kk.path("refusal").path("citation").asText()).isEqualTo("S07, 16-тармақ, 23471-жол");
    assertThat(ru.path("refusal").path("citation").asText()).isEqualTo("S07, п. 16, строка 23471");
    assertThat(en.path("refusal").path("citation").asText()).isEqualTo("S07 item 16, line 23471");
  }

  @Test
  void theCaseStatusCitesItsDeadlinesInTheRequestedLanguage() throws Exception {
    String key = S01AtKhromtau.filedAtTheBranch(new CaseDriver(engine, port, "S01"));
    // S01's service term: item 7.1, line 550
    JsonNode kk = CaseDriver.deadline(json.readTree(get("/api/applications/" + key, null).body()), "service");
    JsonNode ru = CaseDriver.deadline(json.readTree(get("/api/applications/" + key, "ru").body()), "service");
    assertThat(kk.path("citation").asText()).isEqualTo("S01, 7.1-тармақ, 550-жол");
    assertThat(ru.path("citation").asText()).isEqualTo("S01, п. 7.1, строка 550");
    // What the term counts from, from the catalogue in the reader's language.
    assertThat(kk.path("startsFrom").asText())
        .isEqualTo("Өтініш немесе орталықтың хабарламасы бөлімшеде тіркелген сәттен");
    assertThat(ru.path("startsFrom").asText())
        .isEqualTo("С момента регистрации заявления или уведомления центра в отделении");
  }

  @Test
  void anUnknownCaseIsNamedInTheRequestedLanguage() throws Exception {
    JsonNode kk = json.readTree(get("/api/applications/S01-261120-ZZZZZZZZ", null).body());
    JsonNode ru = json.readTree(get("/api/applications/S01-261120-ZZZZZZZZ", "ru").body());
    assertThat(kk.path("status").asInt()).isEqualTo(404);
    assertThat(kk.path("title").asText()).isEqualTo("Іс табылмады");
    assertThat(kk.path("detail").asText()).isEqualTo("S01-261120-ZZZZZZZZ ісі жоқ немесе оны оқуға рұқсатыңыз жоқ");
    assertThat(ru.path("detail").asText()).isEqualTo("Дела S01-261120-ZZZZZZZZ нет или у вас нет права его читать");
  }

  private HttpResponse<String> get(String path, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)).GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
