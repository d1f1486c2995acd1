package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives cases of a standard the way clerks and the intake API do, for the standards' process tests: applies through
 * {@code POST /api/applications}, finds the task waiting in a case (and the building blocks it called), completes it,
 * fires timers, and sets the engine clock. Dates are local to Asia/Almaty. A test of the shared context
 * ({@link QyzmetTest}) gets one for the running application with {@code @RegisterExtension final CaseDriver cases =
 * CaseDriver.forStandard("S01");}: before each test it takes the engine and port of the test's Spring context.
 */
public final class CaseDriver implements BeforeEachCallback {

  public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  private ProcessEngine engine;
  private int port;
  private final String standard;

  public CaseDriver(ProcessEngine engine, int port, String standard) {
    this.engine = engine;
    this.port = port;
    this.standard = standard;
  }

  /** A driver for {@code standard} in the running application, as a JUnit extension of a {@link QyzmetTest}. */
  public static CaseDriver forStandard(String standard) {
    return new CaseDriver(null, 0, standard);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    engine = application.getBean(ProcessEngine.class);
    port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  /** The port of the running application. */
  public int port() {
    return port;
  }

  /** A complete S01 application at the Хромтау centre (psc-aktobe-05), from its applicant Сейтқали Айбек. */
  public static final String S01_AT_KHROMTAU_CENTRE = """
      {"channel": "psc",
       "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                     "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                     "region": "Ақтөбе облысы", "district": "Хромтау"},
       "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}
      """;

  /** The same complete S01 application at another office: the Алмалы centre of Almaty city (psc-almaty-02). */
  public static final String S01_AT_ALMALY_CENTRE = """
      {"channel": "psc",
       "applicant": {"iin": "900515300018", "surname": "Ахметова", "name": "Сәуле",
                     "phone": "+7 701 000 00 01", "address": "Алматы", "region": "Алматы қаласы", "district": "Алмалы"},
       "documents": ["application", "identityDocumentCopy", "residenceProof", "bankAccountDetails"]}
      """;

  /**
   * {@link #S01_AT_KHROMTAU_CENTRE} filed Fri 20 Nov 2026 10:00 and walked until its result waits at the centre:
   * handed over Mon 23 Nov 11:00, assigned Wed 2 Dec 15:00, the applicant told Fri 4 Dec 09:30. Returns the key.
   */
  public String s01WaitingAtTheCentre() {
    at(2026, 11, 20, 10, 0);
    String key = apply(S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    at(2026, 11, 23, 11, 0);
    complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-118", "documentsHandedOver", true));
    at(2026, 12, 2, 15, 0);
    complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));
    at(2026, 12, 4, 9, 30);
    complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    return key;
  }

  /** Applies with the given JSON body (standard filled in); asserts 201 and returns the receipt. */
  public JsonNode apply(String bodyWithoutStandard) {
    var response = post("/api/applications",
        "{\"standard\": \"" + standard + "\", " + bodyWithoutStandard.strip().substring(1));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.read(response.body());
  }

  /** The case status of {@code GET /api/applications/{key}}. */
  public JsonNode status(String businessKey) {
    return get("/api/applications/" + businessKey);
  }

  /** A JSON POST to the running application as the administrator. */
  public HttpResponse<String> post(String path, String json) {
    return new Http(port).postJson(path, json, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  /** The JSON answer of a GET as the administrator. */
  public JsonNode get(String path) {
    return Json.read(new Http(port).get(path, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
  }

  /** The case (running or ended) as camunda-bpm-assert takes it. */
  public ProcessInstance instance(String businessKey) {
    return CaseInstance.of(engine, standard, businessKey);
  }

  public Map<String, Object> variables(String businessKey) {
    return CaseInstance.variables(engine, instance(businessKey));
  }

  /** The one task of the case (or of a building block it called) with this definition key. */
  public Task task(String businessKey, String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("task " + taskDefinitionKey + " of " + businessKey).isNotNull();
    return task;
  }

  public List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }

  public void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** Completes the waiting task with this key. */
  public void complete(String businessKey, String taskDefinitionKey, Map<String, Object> variables) {
    complete(task(businessKey, taskDefinitionKey), variables);
  }

  /** The timer of a boundary event of the case or a building block it called. */
  public Job timer(String businessKey, String activityId) {
    List<String> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).unfinished().list().stream().map(p -> p.getId()).toList();
    Job job = engine.getManagementService().createJobQuery().timers().activityId(activityId).list().stream()
        .filter(candidate -> instances.contains(candidate.getProcessInstanceId())).findFirst().orElse(null);
    assertThat(job).as("timer " + activityId + " of " + businessKey).isNotNull();
    return job;
  }

  public void fire(Job timer) {
    engine.getManagementService().executeJob(timer.getId());
  }

  /** The head's review of the missed deadline {@code deadlineId} of the case (process deadline-escalation). */
  public Task breach(String businessKey, String deadlineId) {
    List<Task> breaches = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey("Task_ReviewBreach").processVariableValueEquals("deadlineId", deadlineId).list();
    assertThat(breaches).as("escalation of " + deadlineId + " in " + businessKey).hasSize(1);
    return breaches.get(0);
  }

  /** The decree citation a breach review shows the head, e.g. "S01, 7.1-тармақ, 550-жол". */
  public Object citation(Task breach) {
    return engine.getRuntimeService().getVariable(breach.getProcessInstanceId(), "deadlineCitation");
  }

  /** One deadline line of a case status ({@code GET /api/applications/{key}}). */
  public static JsonNode deadline(JsonNode status, String id) {
    return status.path("deadlines").findParents("id").stream().filter(d -> d.path("id").asText().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no deadline " + id + " in " + status));
  }

  public static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
  }

  public static Date date(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ALMATY).toInstant());
  }
}
