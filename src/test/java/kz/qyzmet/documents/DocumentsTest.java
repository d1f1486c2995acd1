package kz.qyzmet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The papers the applicant takes home, read back from the PDFs the API serves: the receipt of item 14.2 (S01 line
 * 688), the refusal receipt of item 16 (line 706), S12's annex 3 certificate, the complaint's talon of item 25.
 */
@QyzmetTest
class DocumentsTest {

  /** The applicant of the papers, of Хромтау: her name and phone are printed on them. */
  static final Map<String, String> APPLICANT = Map.of("iin", "900515300018", "surname", "Жұмабаева",
      "name", "Гүлнар", "patronymic", "Серікқызы", "phone", "+7 701 123 45 67", "address", "Хромтау, Абай көшесі 5",
      "region", "Ақтөбе облысы", "district", "Хромтау");
  static final String[] ALL_S01 = {"application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"};

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void theReceiptSaysEverythingOfItem14Point2InKazakh() throws Exception {
    kz.qyzmet.demo.DemoPeople.ensure(engine); // the clerk who accepts, also where the demo users are off

    CaseDriver.at(2026, 11, 20, 10, 0); // Friday, Aktobe region (UTC+5)
    String key = apply("S01", application("psc", ALL_S01), "khromtauoperator", "demo");

    // Read as the case is read (GET /api/applications/{key}): by one who may read the case.
    JsonNode list = json.readTree(new Http(port).get("/api/applications/" + key + "/documents", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("kind").asText()).isEqualTo("receipt");
    byte[] pdf = pdf("/api/applications/" + key + "/documents/" + list.get(0).path("id").asText(),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(DocumentStore.sha256(pdf)).isEqualTo(list.get(0).path("sha256").asText());
    // Printing again gives the same bytes, by id and by kind.
    assertThat(pdf("/api/applications/" + key + "/documents/receipt", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD))
        .isEqualTo(pdf);

    sample("receipt.pdf", pdf); // the README's picture of a receipt is made from this file
    PdfText text = PdfText.read(pdf);
    assertThat(text.pdfaPart()).isEqualTo("2");
    assertThat(text.fonts()).isNotEmpty().allMatch(font -> font.contains("DejaVuSans") && !font.contains("not"));
    assertThat(text.text())
        .contains("Құжаттарды қабылдау туралы қолхат")
        .contains("Өтініштің нөмірі " + key)
        .contains("Қабылданған күні 20.11.2026 10:00 (UTC+05:00)")
        .contains("Мемлекеттік базалық зейнетақы төлемін тағайындау")
        .contains("Қоса берілген құжаттар (саны: 4)")
        .contains("Өтінішті қабылдаған", "қызметкер", "Хромтаува Әсел") // the label wraps over two lines
        .contains("Қызмет алушы Жұмабаева Гүлнар Серікқызы")
        .contains("Байланыс телефоны +7 701 123 45 67")
        .contains("Нәтижені беру күні (уақыты)")
        .contains("Нәтижені беру орны")
        .contains("14.2-тармақ, 688-жол")
        .contains("/api/applications/" + key);
    assertThat(text.text()).as("every Kazakh letter has a glyph").contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
    assertThat(text.pages()).isEqualTo(1);
    assertThat(text.offPage()).isEmpty();
  }

  @Test
  void anIncompleteSetGetsTheRefusalReceiptNamingTheMissingDocuments() throws Exception {
    CaseDriver.at(2026, 11, 20, 11, 0);
    String key = apply("S01", application("psc", "application", "identityDocumentCopy"), QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    PdfText text = PdfText.read(pdf("/api/applications/" + key + "/documents/refusalReceipt", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD));
    assertThat(text.text()).contains("Құжаттарды қабылдаудан бас тарту туралы қолхат", key,
        "Жетіспейтін құжаттар (саны: 2)", "16-тармақ, 706-жол");
    // No receipt of accepted documents: 404 naming the kind.
    HttpResponse<String> missing = new Http(port).get("/api/applications/" + key + "/documents/receipt",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json.readTree(missing.body()).path("kind").asText()).isEqualTo("receipt");
    assertThat(json.readTree(missing.body()).path("detail").asText())
        .isEqualTo(key + " ісінде «receipt» түріндегі құжат жоқ");
    assertThat(json.readTree(missing.body()).path("title").asText()).isEqualTo("Құжат табылмады");
  }

  @Test
  void s12IssuesTheAnnex3CertificateWhenTheCaseEnds() throws Exception {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = apply("S12", application("employmentDept", "application", "identityDocumentCopy"),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    CaseDriver cases = new CaseDriver(engine, port, "S12");
    HttpResponse<String> before = new Http(port).get("/api/applications/" + key + "/documents/tsaCertificate",
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(before.statusCode()).isEqualTo(404);
    assertThat(before.body()).contains("tsaCertificate");
    cases.complete(cases.task(key, "Task_IssueCertificateAtDept"), Map.of("tsaThisQuarter", "assigned",
        "tsaYear", 2026, "tsaQuarter", "4", "tsaRegistrationNumber", "АӘК-2026-118",
        "signedBy", "Бөлім бастығы Т. Сәрсенов"));

    byte[] certificate = pdf("/api/applications/" + key + "/documents/tsaCertificate", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    sample("certificate.pdf", certificate);
    PdfText text = PdfText.read(certificate);
    assertThat(text.text()).contains("АНЫҚТАМА", key, "Жұмабаева Гүлнар Серікқызы", "АӘК-2026-118",
        "тіркеу нөмірдегі 2026 жылғы 4 тоқсанда шын мәнінде мемлекеттік атаулы әлеуметтік көмек",
        "Анықтама талап еткен орынға көрсету үшін берілді", "3-қосымша, 42662-жол");
    assertThat(text.pages()).isEqualTo(1);
  }

  @Test
  void theDocumentsAreReadWithTheCaseAuthorization() {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = apply("S01", application("psc", ALL_S01), QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    // An operator of an Almaty centre reads no case of Khromtau: neither the case nor its documents.
    assertThat(new Http(port).get("/api/applications/" + key, "almalyoperator", "demo").statusCode()).isEqualTo(404);
    assertThat(new Http(port).get("/api/applications/" + key + "/documents", "almalyoperator", "demo").statusCode())
        .isEqualTo(404);
    assertThat(new Http(port).get("/api/applications/" + key + "/documents", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(new Http(port).get("/api/applications/" + key + "/documents/receipt", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(new Http(port).get("/api/applications/" + key + "/documents/receipt", "almalyoperator", "demo")
        .statusCode()).isEqualTo(404);
  }

  /** Keeps a copy under target/document-samples/ (README pictures: pdftoppm -png -r 60). */
  static void sample(String name, byte[] pdf) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "document-samples");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve(name), pdf);
  }

  /** {@link #APPLICANT}'s application through the channel, with these documents. */
  String application(String channel, String... documents) {
    try {
      return json.writeValueAsString(Map.of("channel", channel, "applicant", APPLICANT, "documents", documents));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String apply(String standard, String body, String user, String password) {
    var response = new Http(port).postJson("/api/applications",
        "{\"standard\": \"" + standard + "\", " + body.strip().substring(1), user, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    try {
      return json.readTree(response.body()).path("businessKey").asText();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  byte[] pdf(String path, String user, String password) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path)).header("Authorization", Http.basic(user, password)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    return response.body();
  }
}
