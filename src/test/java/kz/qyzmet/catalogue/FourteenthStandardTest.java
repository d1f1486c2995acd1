package kz.qyzmet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A fourteenth standard is a catalogue file, a diagram and forms (src/test/resources/test-standard), no Java: the
 * intake takes its application at the channel and with the role the catalogue names, the diagram's task waits in the
 * office's group with the catalogue's term, and the case ends with the catalogue's result.
 */
@QyzmetTest
@Order(Integer.MAX_VALUE) // last in the JVM: its context's webapps replace the shared ones (junit-platform.properties)
@DirtiesContext // its own context (and engine, named apart from the shared "default" one the REST API resolves)
@TestPropertySource(properties = {
    "camunda.bpm.process-engine-name=fourteenth",
    "qyzmet.catalogue.extra-locations=classpath*:test-standard/catalogue/S*.yaml",
    "qyzmet.deployment.extra-locations=test-standard/processes/*.bpmn,test-standard/forms/*.form"})
class FourteenthStandardTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired StandardsCatalogue catalogue;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aTestStandardFromResourcesRunsACase() throws Exception {
    assertThat(catalogue.codes()).contains("S01", "S13", "S14");
    assertThat(catalogue.get("S14").intakeRole("branch")).isEqualTo("branchSpecialist");
    CaseDriver.at(2026, 11, 20, 10, 0); // a Friday
    CaseDriver cases = new CaseDriver(engine, port, "S14");
    JsonNode receipt = cases.apply("""
        {"channel": "branch", "officeId": "pension-aktobe-12",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "phone": "+7 701 000 00 00",
                       "address": "Хромтау, Абай көшесі 5", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["identityDocumentCopy"]}
        """);
    String key = receipt.path("businessKey").asText();
    assertThat(key).matches("S14-261120-[A-Z2-9]{8}");
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("service").path("kk").asText()).isEqualTo("Сынақ қызметі");
    // Two working days (S14 deadline "service"): Monday 23 and Tuesday 24 November.
    assertThat(receipt.path("expectedResultAt").asText()).startsWith("2026-11-24T");

    var task = cases.task(key, "Task_ReviewApplication");
    assertThat(cases.candidateGroups(task)).containsExactly("pension-aktobe-12.branchSpecialist");
    assertThat(task.getDueDate().toInstant().toString()).startsWith("2026-11-24T");
    cases.complete(task, Map.of("decision", "issued"));

    JsonNode status = json.readTree(new Http(port).get("/api/applications/" + key, QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(status.path("standard").asText()).isEqualTo("S14");
    assertThat(cases.variables(key)).containsEntry("result", "testCertificate");
  }
}
