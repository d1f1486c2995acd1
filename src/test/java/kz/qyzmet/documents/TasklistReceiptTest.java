package kz.qyzmet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, item 2: a clerk who starts an application from Tasklist's start dialog reads its receipt (number, expected
 * date, office) or its refusal (each missing document) and prints it, all in her Tasklist session: the start goes
 * through the webapps' engine API, the receipt and the documents through Qyzmet's API with the session cookie (no
 * password prompt), within her office's scope.
 */
@Tag("embedded-only") // demo users exist only on the embedded default
@QyzmetTest
class TasklistReceiptTest {

  static final String START = "/camunda/api/engine/engine/default/process-definition/key/S01/submit-form";
  static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  static String application(String documents) {
    return """
        {"variables": {"channel": {"value": "psc"}, "applicantIin": {"value": "900515300018"},
         "applicantSurname": {"value": "Сейтқали"}, "applicantName": {"value": "Айбек"},
         "applicantPhone": {"value": "+7 701 000 00 00"}, "applicantAddress": {"value": "Хромтау, Абай көшесі 5"},
         "region": {"value": "Ақтөбе облысы"}, "district": {"value": "Хромтау"},
         "documents": {"value": "%s"}}}""".formatted(documents);
  }

  private Http clerk(String user) {
    Http http = new Http(port);
    assertThat(http.webappLogin("tasklist", user, "demo").statusCode()).isEqualTo(200);
    return http;
  }

  @Test
  void aCompleteApplicationStartedInTasklistGetsItsReceiptAndItsPrintInTheSession() throws Exception {
    Http operator = clerk("khromtauoperator");
    var started = operator.postJsonInSession(START,
        application("application,identityDocumentCopy,residenceProof,bankAccountDetails"), "kk");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = json.readTree(started.body()).path("businessKey").asText();
    assertThat(key).matches("S01-\\d{6}-[A-Z0-9]{8}");

    var response = operator.get("/api/applications/" + key + "/receipt");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode receipt = json.readTree(response.body());
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("businessKey").asText()).isEqualTo(key);
    assertThat(receipt.path("office").path("id").asText()).isEqualTo("psc-aktobe-05");
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлім");
    assertThat(receipt.path("missingDocuments")).isEmpty();
    assertThat(receipt.path("applicant").path("fullName").asText()).isEqualTo("Сейтқали Айбек");
    OffsetDateTime expected = OffsetDateTime.parse(receipt.path("expectedResultAt").asText());
    assertThat(expected).isAfter(OffsetDateTime.parse(receipt.path("acceptedAt").asText()));
    assertThat(expected.getOffset().getId()).isEqualTo("+05:00"); // Aktobe's time, as the receipt prints it

    // The print link: the documents of the case in the same session, the receipt's PDF among them.
    JsonNode documents = json.readTree(operator.get("/api/applications/" + key + "/documents").body());
    String href = href(documents, "receipt");
    var pdf = operator.getBytes(href);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("WWW-Authenticate")).isEmpty();
    // What Tasklist shows is what the receipt prints: the number and the expected date in the office's time.
    assertThat(PdfText.read(pdf.body()).text()).contains(key).contains(PRINTED.format(expected) + " (UTC+05:00)");
  }

  @Test
  void anIncompleteSetGetsTheRefusalNamingEachMissingDocumentAndItsPrint() throws Exception {
    Http operator = clerk("khromtauoperator");
    var started = operator.postJsonInSession(START, application("application,identityDocumentCopy"), "kk");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = json.readTree(started.body()).path("businessKey").asText();

    JsonNode receipt = json.readTree(operator.get("/api/applications/" + key + "/receipt").body());
    assertThat(receipt.path("kind").asText()).isEqualTo("refusalReceipt");
    List<String> missing = new ArrayList<>();
    receipt.path("missingDocuments").forEach(document -> missing.add(document.path("code").asText()));
    assertThat(missing).containsExactly("residenceProof", "bankAccountDetails");
    assertThat(receipt.path("missingDocuments").get(0).path("name").asText())
        .isEqualTo("Тұрғылықты жері бойынша тіркелгенін растайтын құжат");
    assertThat(receipt.path("refusal").path("citation").asText()).isEqualTo("S01, 16-тармақ, 704-жол");
    assertThat(receipt.path("expectedResultAt").isNull()).isTrue();

    String href = href(json.readTree(operator.get("/api/applications/" + key + "/documents").body()),
        "refusalReceipt");
    var pdf = operator.getBytes(href);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(PdfText.read(pdf.body()).text()).contains(key, "Тұрғылықты жері бойынша тіркелгенін растайтын құжат");
  }

  @Test
  void theSessionReadsOnlyHerOfficesCasesAndWritesNothing() throws Exception {
    Http operator = clerk("khromtauoperator");
    String key = json.readTree(operator.postJsonInSession(START, application("application"), "kk").body())
        .path("businessKey").asText();
    String pdf = href(json.readTree(operator.get("/api/applications/" + key + "/documents").body()),
        "refusalReceipt");

    // A clerk of another office (Алмалы, Алматы қаласы) in her own session: not found, as through Basic.
    Http other = clerk("almalyoperator");
    assertThat(other.get("/api/applications/" + key + "/receipt").statusCode()).isEqualTo(404);
    assertThat(other.get("/api/applications/" + key + "/documents").statusCode()).isEqualTo(404);
    assertThat(other.getBytes(pdf).statusCode()).isEqualTo(404);

    // Without a session: the API asks for a password.
    Http anonymous = new Http(port);
    var unauthenticated = anonymous.get("/api/applications/" + key + "/receipt");
    assertThat(unauthenticated.statusCode()).isEqualTo(401);

    // The session reads; it does not apply through the API (a state-changing call needs Basic).
    var write = operator.postJsonInSession("/api/applications", """
        {"standard": "S01", "channel": "psc", "applicant": {"iin": "900515300018", "surname": "Сейтқали",
         "name": "Айбек", "phone": "+7 701 000 00 00", "address": "Хромтау", "region": "Ақтөбе облысы",
         "district": "Хромтау"}, "documents": ["application"]}""", "kk");
    assertThat(write.statusCode()).isEqualTo(401);
  }

  private static String href(JsonNode documents, String kind) {
    for (JsonNode document : documents) {
      if (kind.equals(document.path("kind").asText())) {
        return document.path("href").asText();
      }
    }
    throw new AssertionError("no " + kind + " among " + documents);
  }
}
