package kz.qyzmet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The traceability report as the application serves it: JSON and HTML under /api, behind the API's login. */
@QyzmetTest
class TraceApiTest {

  @LocalServerPort int port;

  @Test
  void servesTheReportAsJson() throws Exception {
    Http http = new Http(port);
    var overview = http.get("/api/trace", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(overview.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(overview.body());
    assertThat(json.path("decreeLines").asInt()).isEqualTo(47066);
    assertThat(json.path("standards")).hasSize(13);

    var s01 = http.get("/api/trace/S01", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(s01.statusCode()).isEqualTo(200);
    JsonNode line550 = null;
    for (JsonNode line : new ObjectMapper().readTree(s01.body()).path("citedLines")) {
      if (line.path("line").asInt() == 550) {
        line550 = line;
      }
    }
    assertThat(line550).isNotNull();
    assertThat(line550.path("text").asText()).contains("он жұмыс күні ішінде");
    assertThat(line550.path("citedBy").toString()).contains("Task_ReviewApplication");

    var unknown = http.get("/api/trace/S99", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void servesTheReportAsHtmlWithKazakhAndEnglishHeadings() {
    Http http = new Http(port);
    var page = http.get("/api/trace.html?standard=S01", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("Жол бойынша: не орындайды / By line: what enforces it")
        .contains("Ештеңе сілтеме жасамайтын тармақтар / Items nothing cites")
        .contains("Ешбір диаграмма қолданбайтын каталог сандары / Catalogue numbers no diagram uses")
        .contains("Task_ReviewApplication")
        .contains("он жұмыс күні ішінде")
        // From the template (trace/report.html): the bilingual texts around the report's data, the data escaped.
        .contains("<a href=\"trace.html\">← Барлық стандарттар / All standards</a>")
        .contains("<b>элемент / element</b> ").contains("-тармақ / item ").contains("-жол / line ")
        .doesNotContain("th:text").doesNotContain("th:block").doesNotContain("<script");
    assertThat(http.get("/api/trace.html", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body())
        .contains("<a href=\"trace.html?standard=S13\">S13</a>")
        .contains("<h2>Стандарттардан тыс жолдар / Lines outside the standards</h2>");
  }

  @Test
  void asksForTheApisLogin() {
    assertThat(new Http(port).get("/api/trace").statusCode()).isEqualTo(401);
    assertThat(new Http(port).get("/api/trace.html").statusCode()).isEqualTo(401);
  }
}
