package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.TestUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory in the running application (the shared test context, H2 or PostgreSQL): stored, loaded idempotently,
 * one group per office and role, the REST API, and office-scoped tasks through the engine's REST API.
 */
@QyzmetTest
class DirectoryApplicationTest {

  /** A clerk of the Хромтау Public Service Centre and one of Алмалы (Almaty city). */
  @RegisterExtension final TestUser khromtau =
      TestUser.of("dirkhromtau", "clerk-password", "psc-aktobe-05.pscOperator");
  @RegisterExtension final TestUser almaly = TestUser.of("diralmaly", "clerk-password", "psc-almaty-02.pscOperator");
  @Autowired OfficeStore store;
  @Autowired OfficeRouter router;
  @Autowired DirectoryInitializer initializer;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void theCommittedDirectoryIsStoredAndReloadingChangesNothing() {
    List<Office> committed = initializer.read();
    assertThat(store.count()).isEqualTo(committed.size()).isEqualTo(1095);
    assertThat(router.offices()).hasSize(1095);
    assertThat(store.load(committed)).isEqualTo(new OfficeStore.LoadResult(0, 0, 0, 1095));

    // a changed record is updated in place, and the committed data puts it back
    List<Office> changed = new ArrayList<>(committed);
    Office o = changed.get(0);
    changed.set(0, new Office(o.id(), o.kind(), o.region(), o.kato(), o.district(), o.locality(), o.number(),
        o.name() + " (өзгертілді)", o.address(), o.email(), o.phone(), o.website(), o.schedule(), o.line(),
        o.standards(),
        o.sources(), o.flags()));
    try {
      assertThat(store.load(changed)).isEqualTo(new OfficeStore.LoadResult(0, 1, 0, 1094));
      assertThat(store.find(o.id()).orElseThrow().name()).endsWith("(өзгертілді)");
      assertThat(store.count()).isEqualTo(1095);
    } finally {
      assertThat(store.load(committed)).isEqualTo(new OfficeStore.LoadResult(0, 1, 0, 1094));
    }
    assertThat(store.find(o.id()).orElseThrow()).isEqualTo(o);
  }

  @Test
  void everyOfficeHasItsGroupsWithTasklistAccess() {
    List<String> groupIds = OfficeGroups.groupIds(router.offices());
    assertThat(groupIds).hasSize(213 * 2 + 16 * 2 + 284 * 2 + 131 + 208 * 2 + 16 + 211 + 12);
    assertThat(engine.getIdentityService().createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).count())
        .isEqualTo(groupIds.size());
    assertThat(engine.getIdentityService().createGroupQuery().groupId("psc-aktobe-05.pscOperator").singleResult()
        .getName()).isEqualTo("Хромтау аудандық бөлім — ХҚО операторы");
    assertThat(engine.getAuthorizationService().isUserAuthorized(khromtau.id(), List.of("psc-aktobe-05.pscOperator"),
        Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(engine.getAuthorizationService().isUserAuthorized(khromtau.id(), List.of("psc-aktobe-05.pscOperator"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "directoryOfficeTask")).isTrue();
    // a second run creates nothing
    assertThat(new OfficeGroups(engine).create(router.offices())).isZero();
  }

  @Test
  void aClerkSeesClaimsAndCompletesOnlyHerOfficesTasks() throws Exception {
    engine.getRepositoryService().createDeployment().name("directory-test")
        .addClasspathResource("directory/office-task.bpmn").enableDuplicateFiltering(true).deploy();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("directoryOfficeTask",
        "directory-test-1", Map.of("standard", "S01", "region", "150000000", "district", "Хромтау"));
    String processInstance = instance.getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processInstance)
        .taskCandidateGroup("psc-aktobe-05.pscOperator").count()).isEqualTo(1);

    String tasks = "/engine-rest/task?processInstanceId=" + processInstance;
    JsonNode seenByOther = json.readTree(almaly.get(tasks).body());
    assertThat(seenByOther).isEmpty();
    JsonNode seen = json.readTree(khromtau.get(tasks).body());
    assertThat(seen).hasSize(1);
    String task = seen.get(0).get("id").asText();
    assertThat(seen.get(0).get("name").asText()).isEqualTo("Өтінішті қабылдау");

    assertThat(almaly.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + almaly.id() + "\"}")
        .statusCode()).isIn(403, 404);
    assertThat(almaly.post("/engine-rest/task/" + task + "/complete", "{}").statusCode()).isIn(403, 404);
    assertThat(khromtau.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + khromtau.id() + "\"}")
        .statusCode()).isEqualTo(204);
    assertThat(almaly.post("/engine-rest/task/" + task + "/complete", "{}").statusCode()).isIn(403, 404);
    assertThat(khromtau.post("/engine-rest/task/" + task + "/complete", "{}").statusCode()).isIn(200, 204);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstance).count())
        .isZero();
  }

  @Test
  void theCaseVariableDistrictMayBeAKatoCode() {
    engine.getRepositoryService().createDeployment().name("directory-test")
        .addClasspathResource("directory/office-task.bpmn").enableDuplicateFiltering(true).deploy();
    // Атбасар (Akmola region) by its KATO code, without a region; and with a region that is not the code's
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("standard", "S01", "district", "113800000"));
    String instance = engine.getRuntimeService().startProcessInstanceByKey("directoryOfficeTask", "directory-test-2",
        variables).getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskCandidateGroup(router.resolve("S01", "pscOperator", "Ақмола облысы", "Атбасар").candidateGroup()).count())
        .isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(instance, "test done");
    variables.put("region", "150000000");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("directoryOfficeTask",
        "directory-test-3", variables)).hasRootCauseInstanceOf(DirectoryException.class)
        .rootCause().extracting("parameter").isEqualTo("district");
  }

  @Test
  void listFilteredAndPaged() throws Exception {
    JsonNode page = ok("/api/offices?kind=psc&region=" + enc("Ақтөбе облысы") + "&page=0&size=5");
    assertThat(page.get("total").asLong()).isEqualTo(16); // S01 annex 2: the Aktobe branch and 15 departments
    assertThat(page.get("items")).hasSize(5);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("psc-aktobe-00");
    JsonNode last = ok("/api/offices?kind=psc&region=150000000&page=3&size=5");
    assertThat(last.get("items")).hasSize(1);
    JsonNode khromtau = ok("/api/offices?region=150000000&q=" + enc("Хромтау"));
    // the pension branch, the Public Service Centre department, the employment department and the akimat
    assertThat(khromtau.get("items")).extracting(n -> n.get("id").asText()).containsExactly(
        "pension-aktobe-12", "psc-aktobe-05", "employment-aktobe-12", "akimat-aktobe-11");
    assertThat(khromtau.get("total").asLong()).isEqualTo(4);
    // A town or street a clerk knows finds the office by its address: the MSE unit in Жетісай has it only there, and
    // Шәуілдір is the seat of the Отырар district's offices.
    JsonNode zhetisai = ok("/api/offices?q=" + enc("Жетісай") + "&size=50");
    assertThat(zhetisai.get("items")).extracting(n -> n.get("id").asText()).contains("mse-south-kazakhstan-06");
    JsonNode shauildir = ok("/api/offices?q=" + enc("Шәуілдір") + "&size=50");
    assertThat(shauildir.get("items")).extracting(n -> n.get("id").asText())
        .contains("pension-south-kazakhstan-08", "akimat-south-kazakhstan-09");
  }

  @Test
  void oneOfficeAnd404() throws Exception {
    JsonNode office = ok("/api/offices/psc-aktobe-05");
    assertThat(office.get("name").asText()).isEqualTo("Хромтау аудандық бөлім");
    assertThat(office.get("kind").asText()).isEqualTo("psc");
    assertThat(office.get("region").asText()).isEqualTo("Ақтөбе облысы");
    HttpResponse<String> missing = get("/api/offices/psc-nowhere-99");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void resolve() throws Exception {
    JsonNode a = ok("/api/offices/resolve?standard=S01&role=pscOperator&region=150000000&district=" + enc("Хромтау"));
    assertThat(a.get("candidateGroup").asText()).isEqualTo("psc-aktobe-05.pscOperator");
    assertThat(a.get("office").get("id").asText()).isEqualTo("psc-aktobe-05");
    JsonNode byName = ok("/api/offices/resolve?standard=S02&role=branchSpecialist&region=" + enc("Алматы қаласы")
        + "&district=" + enc("Бостандық"));
    assertThat(byName.get("candidateGroup").asText()).isEqualTo("pension-almaty-04.branchSpecialist");
  }

  @Test
  void resolveByDistrictKatoCode() throws Exception {
    JsonNode byCode = ok("/api/offices/resolve?standard=S01&role=branchSpecialist&region=150000000&district=156000000");
    JsonNode byName = ok("/api/offices/resolve?standard=S01&role=branchSpecialist&region=" + enc("Ақтөбе облысы")
        + "&district=" + enc("Хромтау"));
    assertThat(byCode.get("candidateGroup").asText()).isEqualTo(byName.get("candidateGroup").asText())
        .isEqualTo("pension-aktobe-12.branchSpecialist");
    assertThat(ok("/api/offices/resolve?standard=S01&role=pscOperator&district=156000000").get("office").get("id")
        .asText()).isEqualTo("psc-aktobe-05");
    assertThat(ok("/api/offices/resolve?standard=S01&role=pscOperator&region=" + enc("Ақмола облысы")
        + "&district=113800000").get("candidateGroup").asText()).isEqualTo("psc-akmola-05.pscOperator");
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    // a district code of another region, an unknown code, a code that is not 9 digits
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=750000000&district=156000000",
        "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=150000000&district=113800000",
        "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=110000000&district=113899999",
        "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&district=999999999", "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=110000000&district=11380", "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&district=" + enc("Атбасар"), "region");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=150000000&district=" + enc("Жоқтау"),
        "district");
    assertProblem("/api/offices/resolve?standard=S01&role=pscOperator&region=99&district=" + enc("Хромтау"),
        "region");
    assertProblem("/api/offices/resolve?standard=S01&role=clerk&region=150000000&district=" + enc("Хромтау"), "role");
    assertProblem("/api/offices/resolve?role=pscOperator&region=150000000&district=" + enc("Хромтау"), "standard");
    assertProblem("/api/offices?kind=bank", "kind");
    assertProblem("/api/offices?region=" + enc("Ақтөбе"), "region");
    assertProblem("/api/offices?size=0", "size");
    assertProblem("/api/offices?page=x", "page");
  }

  @Test
  void theApiNeedsAUser() {
    assertThat(client(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/offices")).GET())
        .statusCode()).isEqualTo(401);
  }

  private void assertProblem(String path, String parameter) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("parameter").asText()).isEqualTo(parameter);
  }

  private JsonNode ok(String path) throws IOException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A GET by the administrator. */
  private HttpResponse<String> get(String path) {
    return client(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .header("Authorization", Http.basic(QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD)));
  }

  private HttpResponse<String> client(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
