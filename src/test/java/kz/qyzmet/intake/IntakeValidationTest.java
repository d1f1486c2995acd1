package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every bad field of an application gives 400 problem+json naming it, and no case is started. */
@QyzmetTest
class IntakeValidationTest {

  @LocalServerPort int port;
  @Autowired HistoryService history;
  final ObjectMapper json = new ObjectMapper();

  private java.net.http.HttpResponse<String> post(String body) {
    return new Http(port).postJson("/api/applications", body, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  @Test
  void eachBrokenRuleIsNamedAndNothingStarts() throws Exception {
    long casesBefore = history.createHistoricProcessInstanceQuery().count();
    var response = post("""
        {"standard": "S01", "channel": "portal",
         "applicant": {"iin": "900515300019", "surname": "", "name": "Айгүл", "phone": "abc",
                       "address": "Ақтөбе, Абай даңғылы 1", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["application", "passport"]}
        """);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "applicant.iin", "applicant.surname", "applicant.phone", "channel", "documents");
    assertThat(problem.path("detail").asText())
        .contains("applicant.iin: бақылау цифры (12-цифр) 8 болуы керек")
        .contains("channel: S01 бойынша өтініштер мына арналар арқылы қабылданады: [branch, psc, mobilePsc]")
        .contains("documents: S01 үшін белгісіз құжат коды: passport");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(casesBefore);
  }

  @Test
  void anUnknownStandardAndAMissingApplicantAreNamed() throws Exception {
    JsonNode problem = json.readTree(post("{\"standard\": \"S99\", \"channel\": \"psc\"}").body());
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("standard", "applicant");
  }

  @Test
  void aBodyThatIsNotJsonIsNamed() throws Exception {
    var response = post("{\"standard\": ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("field").asText()).isEqualTo("body");
  }

  @Test
  void anUnknownCaseIsNotFound() {
    var response = new Http(port).get("/api/applications/S01-000000-NOSUCH", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

}
