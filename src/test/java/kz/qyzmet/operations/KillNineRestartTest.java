package kz.qyzmet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, point 6: a node killed with SIGKILL in the middle of intake load loses no acknowledged case and doubles
 * none. A second JVM runs Qyzmet ({@code java -cp <test classpath> kz.qyzmet.QyzmetApplication}) on a free port
 * against the PostgreSQL suite's database; four clients post applications through {@code POST /api/applications};
 * once 60 were acknowledged (201) the node is killed ({@link Process#destroyForcibly()}, SIGKILL) while requests are
 * in flight, then started again. Every acknowledged case is then present once, waiting at the same task with the same
 * timers as a case taken before the load, and so is every case of the run that reached the database without an
 * answer (nothing half-written); the restarted node answers for them and takes new applications.
 *
 * <p>Checked through the suite's own engine on the same database (runtime and history queries); the run's cases are
 * deleted at the end. The node runs without the webapps and without a job executor (it would fire other test
 * classes' due timers); it has the suite's administrator password, which every start resets.
 */
@QyzmetTest
@Tag("postgres-only")
class KillNineRestartTest {

  static final int CLIENTS = 4;
  static final int ACKNOWLEDGED_BEFORE_KILL = 60;

  final String run = "Kill-" + UUID.randomUUID().toString().substring(0, 8);
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ObjectMapper json = new ObjectMapper();
  final List<Process> nodes = new ArrayList<>();

  @Autowired ProcessEngine engine;

  @AfterEach
  void stopAndCleanUp() throws Exception {
    for (Process node : nodes) {
      node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> ours = runCases().stream().map(HistoricProcessInstance::getId).toList();
    List<String> running = runCases().stream().filter(p -> p.getEndTime() == null).map(HistoricProcessInstance::getId)
        .toList();
    if (!running.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstancesIfExists(running, "kill -9 test", true, true, true);
    }
    if (!ours.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstancesIfExists(ours);
    }
  }

  @Test
  void everyAcknowledgedCaseSurvivesAKillNineOnceWithItsTaskAndTimers() throws Exception {
    int port = freePort();
    Process first = start(port, "first");

    // A case before the load: the shape every case of the run must have.
    String control = apply(port, 0);
    assertThat(control).isNotNull();
    Set<String> controlTasks = taskKeys(control);
    Set<String> controlTimers = timerDefinitions(control);
    assertThat(controlTasks).isNotEmpty();
    assertThat(controlTimers).isNotEmpty();

    // Load, and SIGKILL once enough cases were acknowledged: requests are in flight when the node dies.
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> load = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      load.add(clients.submit(() -> {
        while (!killed.get()) {
          String key = apply(port, sent.incrementAndGet());
          if (key != null) {
            acknowledged.add(key); // answered 201, also if the node died a moment later
          }
          if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL && killed.compareAndSet(false, true)) {
            first.destroyForcibly();
          }
        }
        return null;
      }));
    }
    clients.shutdown();
    for (Future<?> client : load) {
      client.get(5, TimeUnit.MINUTES); // an answer other than 201 fails the test here
    }
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    List<String> keys = new ArrayList<>(acknowledged);
    assertThat(keys).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    assertThat(new HashSet<>(keys)).as("receipt numbers handed out once").hasSameSizeAs(keys);

    // The same database, a new process.
    int again = freePort();
    start(again, "second");

    Map<String, List<HistoricProcessInstance>> byKey = runCases().stream()
        .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey));
    assertThat(byKey.keySet()).as("every acknowledged case is there").containsAll(keys).contains(control);
    for (var entry : byKey.entrySet()) {
      String key = entry.getKey();
      assertThat(entry.getValue()).as("case " + key + " once").hasSize(1);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
          .processInstanceBusinessKey(key).count()).as("number " + key + " belongs to one S01 case").isEqualTo(1);
      assertThat(taskKeys(key)).as("the waiting task of " + key).isEqualTo(controlTasks);
      assertThat(timerDefinitions(key)).as("the timers of " + key).isEqualTo(controlTimers);
    }
    // Requests without an answer may or may not have reached the database; none reached it twice.
    assertThat(byKey.size()).isLessThanOrEqualTo(sent.get() + 1);
    System.out.printf("kill -9 after %d acknowledged applications of %d sent; %d cases of the run in the database%n",
        keys.size(), sent.get(), byKey.size() - 1);

    // The restarted node answers for the cases and takes new applications.
    for (String key : keys.subList(0, 5)) {
      var status = send(again, HttpRequest.newBuilder(URI.create("http://localhost:" + again + "/api/applications/"
          + key)).GET());
      assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    }
    String after = apply(again, sent.incrementAndGet());
    assertThat(after).isNotNull().isNotIn(keys);
  }

  /** Posts one application of this run; its receipt number on 201, null when the node gave no answer. */
  private String apply(int port, int n) {
    String body = """
        {"standard": "S01", "channel": "psc",
         "applicant": {"iin": "900515300018", "surname": "Жүктемова", "name": "Әсел", "phone": "+7 701 000 00 00",
                       "address": "%s, Абай даңғылы %d", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}"""
        .formatted(run, n);
    try {
      var response = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
      if (response.statusCode() == 201) {
        return json.readTree(response.body()).path("businessKey").asText();
      }
      throw new AssertionError("application " + n + ": " + response.statusCode() + " " + response.body());
    } catch (IOException diedMidRequest) {
      return null;
    }
  }

  private HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((QyzmetTest.ADMIN + ":" + QyzmetTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The cases of this run that reached the database, found by the address their applications carry. */
  private List<HistoricProcessInstance> runCases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("S01")
        .variableValueLike("applicantAddress", run + ",%").list();
  }

  private Set<String> taskKeys(String businessKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
        .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
  }

  /** The timer jobs of the case, by their job definition (one per boundary timer of the diagram). */
  private Set<String> timerDefinitions(String businessKey) {
    Set<String> definitions = new HashSet<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(instance -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .timers().list().stream().map(Job::getJobDefinitionId).forEach(definitions::add));
    return definitions;
  }

  /** Starts Qyzmet in its own JVM on this port and waits until it is ready. */
  private Process start(int port, String name) throws Exception {
    Path log = Path.of("target", "kill-nine", run + "-" + name + ".log");
    Files.createDirectories(log.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), QyzmetApplication.class.getName(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.job-execution.enabled=false",
        "--qyzmet.notifications.scheduled=false",
        "--qyzmet.administrator.user=" + QyzmetTest.ADMIN,
        "--qyzmet.administrator.password=" + QyzmetTest.ADMIN_PASSWORD));
    Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    nodes.add(node);
    for (int i = 0; ; i++) {
      assertThat(node.isAlive()).as("node " + name + " is running (" + log + ")").isTrue();
      assertThat(i).as("node " + name + " ready within 5 minutes (" + log + ")").isLessThan(1_500);
      try {
        var ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return node;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
