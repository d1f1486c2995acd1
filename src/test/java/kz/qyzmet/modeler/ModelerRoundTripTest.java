package kz.qyzmet.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst's round trip: a diagram of processes/ changed in Modeler and deployed from Modeler's deploy dialog to
 * {@code /engine-rest} (basic auth, the diagram with the forms it names as additional files) becomes the latest version
 * of its process, and the next case of that standard, taken through the intake, runs on it.
 */
@QyzmetTest
class ModelerRoundTripTest {

  static final String CHANGED_NAME = "Өтінішті қарау (Modeler-ден жаңа нұсқа)";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  String deploymentId;

  @Test
  void aDiagramDeployedFromModelerRunsTheNextCase() throws Exception {
    ProcessDefinition before = latestS01();
    String diagram = Files.readString(Path.of("processes/s01-basic-pension.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"Өтінішті қарау және шешім қабылдау\"", "name=\"" + CHANGED_NAME + "\"");
    assertThat(diagram).contains(CHANGED_NAME);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("s01-basic-pension.bpmn", diagram.getBytes(StandardCharsets.UTF_8));
    for (String form : new String[] {"s01-application", "s01-review", "result-issue"}) {
      files.put(form + ".form", Files.readAllBytes(Path.of("forms", form + ".form")));
    }

    HttpResponse<String> response = deployAsModelerDoes("s01-basic-pension", files);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployment = new ObjectMapper().readTree(response.body());
    deploymentId = deployment.path("id").asText();
    JsonNode definition = deployment.path("deployedProcessDefinitions").elements().next();
    assertThat(definition.path("key").asText()).isEqualTo("S01");
    assertThat(definition.path("version").asInt()).isEqualTo(before.getVersion() + 1);

    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = cases.apply("""
        {"channel": "branch",
         "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек",
                       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                       "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}
        """).path("businessKey").asText();
    assertThat(cases.instance(key).getProcessDefinitionId()).isEqualTo(definition.path("id").asText());
    Task review = cases.task(key, "Task_ReviewApplication");
    assertThat(review.getName()).isEqualTo(CHANGED_NAME);
    // formRefBinding="deployment": the review form is found in the Modeler deployment, next to the diagram
    try (var form = engine.getFormService().getDeployedTaskForm(review.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"s01-review\"");
    }
    assertThat(engine.getRepositoryService().getDeploymentResources(deploymentId).stream()
        .map(resource -> resource.getName())).contains("s01-review.form");
  }

  @AfterEach
  void removeTheModelerVersion() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true); // the processes/ version is latest again
    }
  }

  ProcessDefinition latestS01() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("S01")
        .latestVersion().singleResult();
  }

  /** POST /engine-rest/deployment/create as multipart/form-data, the fields Modeler's deploy dialog sends. */
  HttpResponse<String> deployAsModelerDoes(String name, Map<String, byte[]> files) throws IOException,
      InterruptedException {
    String boundary = "----qyzmet-modeler-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields = Map.of("deployment-name", name, "deployment-source", "Camunda Modeler",
        "deploy-changed-only", "true");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(file.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String auth = Base64.getEncoder().encodeToString(
        (QyzmetTest.ADMIN + ":" + QyzmetTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + auth)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }
}
