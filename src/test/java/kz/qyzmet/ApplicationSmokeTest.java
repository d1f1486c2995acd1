package kz.qyzmet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.qyzmet.engine.ProcessResourceDeployer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application starts, deploys every diagram and form of the repository, and its web surfaces answer. */
@QyzmetTest
class ApplicationSmokeTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessResourceDeployer deployer;
  @LocalServerPort int port;

  @Test
  void deploysEveryFileOfProcessesAndForms() throws IOException {
    List<String> onDisk = filesUnder("processes", ".bpmn");
    onDisk.addAll(filesUnder("forms", ".form"));

    assertThat(deployedResourceNames()).containsExactlyInAnyOrderElementsOf(onDisk);
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    assertThat(definitions).isEqualTo(filesUnder("processes", ".bpmn").size());
  }

  @Test
  void redeployingUnchangedFilesCreatesNoNewVersions() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();

    deployer.postProcessEngineBuild(engine);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  // Wrong passwords are tried with an unknown user: a failed login of a real user makes the engine refuse that user's
  // next attempts for a few seconds (login throttling), which would make the following checks depend on timing.

  @Test
  void tasklistAndCockpitNeedALogin() {
    for (String app : List.of("tasklist", "cockpit")) {
      Http browser = new Http(port);
      assertThat(browser.get("/camunda/app/" + app + "/default/").statusCode()).isEqualTo(200);
      assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);

      assertThat(browser.webappLogin(app, "nobody", "wrong").statusCode()).isEqualTo(401);
      var login = browser.webappLogin(app, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void engineRestNeedsBasicAuthentication() {
    Http client = new Http(port);
    assertThat(client.get("/engine-rest/process-definition/count").statusCode()).isEqualTo(401);
    assertThat(client.get("/engine-rest/process-definition/count", "nobody", "wrong").statusCode())
        .isEqualTo(401);
    var answer = client.get("/engine-rest/process-definition/count", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"count\"");
  }

  @Test
  void qyzmetApiNeedsBasicAuthentication() {
    Http client = new Http(port);
    assertThat(client.get("/api/standards").statusCode()).isEqualTo(401);
    assertThat(client.get("/api/standards", "nobody", "wrong").statusCode()).isEqualTo(401);
    // Past authentication the request reaches Spring MVC (404 until an API serves this path).
    assertThat(client.get("/api/no-such-resource", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).statusCode())
        .isEqualTo(404);
  }

  @Test
  void healthIsOpenAndMetricsNeedAuthentication() {
    Http client = new Http(port);
    var health = client.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    assertThat(client.get("/actuator/health/liveness").statusCode()).isEqualTo(200); // the container health check
    assertThat(client.get("/actuator/info").statusCode()).isEqualTo(200);

    assertThat(client.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    var metrics = client.get("/actuator/prometheus", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  private List<String> deployedResourceNames() {
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(ProcessResourceDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().desc()
        .listPage(0, 1).get(0);
    return engine.getRepositoryService().getDeploymentResourceNames(deployment.getId());
  }

  static List<String> filesUnder(String folder, String suffix) throws IOException {
    Path root = Path.of(folder);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(suffix))
          .map(file -> folder + "/" + root.relativize(file).toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }
  }
}
