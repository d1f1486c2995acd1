package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.forms.FormValidationException;
import org.assertj.core.api.MapAssert;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every standard's process test starts from, written once: the engine, the port, a {@link CaseDriver} for the
 * standard, the engine clock put back after each test, and applying as one applicant of Хромтау district of Ақтөбе
 * облысы. Subclasses carry {@link StandardProcessTest} with their standard (and applicant, when not the usual one).
 */
abstract class StandardCaseTest {

  /** The offices of Хромтау district of Ақтөбе облысы (the annexes' lists): centre, pension branch, CCSP body. */
  static final String CENTRE = "psc-aktobe-05";
  static final String BRANCH = "pension-aktobe-12";
  static final String CCSP = "ccsp-aktobe";
  /** The Хромтау district employment department (S12, S13). */
  static final String EMPLOYMENT_DEPT = "employment-aktobe-12";

  /** The applicant of most standards' tests (as the {@code "applicant"} member of an application). */
  static final String SEITKALI = """
      "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                    "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";
  static final String ZHUMABAEVA = """
      "applicant": {"iin": "900515300018", "surname": "Жұмабаева", "name": "Гүлнар", "patronymic": "Серікқызы",
                    "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  CaseDriver cases;

  private final StandardProcessTest about = getClass().getAnnotation(StandardProcessTest.class);

  @BeforeEach
  void startCaseDriver() {
    init(engine);
    cases = new CaseDriver(engine, port, about.standard());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * The body of an application of this test's applicant at {@code channel} (sub-type {@code subtype}, null: none)
   * presenting {@code documents} (a JSON list), with the further members {@code more} (e.g. {@link #queued}); the
   * standard is the test's, which {@link CaseDriver#apply} and {@link #refused} add.
   */
  String application(String channel, String subtype, String documents, String... more) {
    StringBuilder body = new StringBuilder("{\"channel\": \"" + channel + "\", ");
    if (subtype != null) {
      body.append("\"subtype\": \"").append(subtype).append("\", ");
    }
    body.append(about.applicant()).append(", \"documents\": ").append(documents);
    for (String member : more) {
      body.append(", ").append(member);
    }
    return body.append('}').toString();
  }

  /** Applies through the API at {@code channel} with these documents (a JSON list); asserts 201. */
  JsonNode apply(String channel, String documents) {
    return apply(channel, null, documents);
  }

  /** Applies as {@link #application} says; asserts 201 and returns the receipt. */
  JsonNode apply(String channel, String subtype, String documents, String... more) {
    return cases.apply(application(channel, subtype, documents, more));
  }

  /** Posts the application {@link #application} says; asserts it is refused with 400 and returns the problem's body. */
  String refused(String channel, String subtype, String documents, String... more) {
    HttpResponse<String> response = post("{\"standard\": \"" + about.standard() + "\", "
        + application(channel, subtype, documents, more).substring(1));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return response.body();
  }

  /**
   * What the Tasklist start form of this test's standard holds for an application of its applicant at {@code channel}
   * (sub-type {@code subtype}, null: none) presenting {@code documents} (a JSON list).
   */
  Map<String, Object> startForm(String channel, String subtype, String documents) {
    JsonNode applicant;
    try {
      applicant = new ObjectMapper().readTree("{" + about.applicant() + "}").path("applicant");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Object> form = new HashMap<>(Map.of("channel", channel, "documents", documents,
        "region", applicant.path("region").asText(), "district", applicant.path("district").asText()));
    if (subtype != null) {
      form.put("subtype", subtype);
    }
    for (String field : List.of("iin", "surname", "name", "patronymic", "phone", "address")) {
      form.put("applicant" + Character.toUpperCase(field.charAt(0)) + field.substring(1), applicant.path(field).asText());
    }
    return form;
  }

  /** Submits {@code form} to the start form of the latest diagram of this test's standard, as Tasklist does. */
  ProcessInstance submitStartForm(Map<String, Object> form) {
    return engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(about.standard()).latestVersion().singleResult().getId(), form);
  }

  /** Posts a whole application body (standard included) as the admin, whatever the answer. */
  HttpResponse<String> post(String body) {
    return new Http(port).postJson("/api/applications", body, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  /**
   * The members of an application saying the applicant arrived at {@code arrivedAt} and was served from {@code
   * servedFrom}, local times of UTC+5 written "2026-11-20 09:40".
   */
  static String queued(String arrivedAt, String servedFrom) {
    return "\"arrivedAt\": \"" + iso(arrivedAt) + "\", \"serviceStartedAt\": \"" + iso(servedFrom) + "\"";
  }

  /** "2026-12-02 18:00" as the API writes it in the applicant's region: "2026-12-02T18:00:00+05:00". */
  static String iso(String local) {
    return local.replace(' ', 'T') + ":00+05:00";
  }

  /**
   * Asserts a receipt of a case taken at {@code office} (its address printed) that promises the result at {@code
   * expectedResultAt}; returns the case's key.
   */
  String assertReceipt(JsonNode receipt, String office, String expectedResultAt) {
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(office);
    assertThat(receipt.path("office").path("address").asText()).isNotBlank();
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo(expectedResultAt);
    return receipt.path("businessKey").asText();
  }

  /** The case's waiting task {@code task}: held by {@code group}, due at {@code due}. */
  Task assertTask(String key, String task, String group, Date due) {
    Task waiting = cases.task(key, task);
    assertThat(cases.candidateGroups(waiting)).as(task).containsExactly(group);
    assertThat(waiting.getDueDate()).as(task).isEqualTo(due);
    return waiting;
  }

  /** The head's review of the missed deadline: held by {@code group}, showing {@code citation}. */
  Task assertBreach(String key, String deadlineId, String group, String citation) {
    Task breach = cases.breach(key, deadlineId);
    assertThat(cases.candidateGroups(breach)).containsExactly(group);
    assertThat(cases.citation(breach)).isEqualTo(citation);
    // The head's task has the case's values it is routed and listed by; the escalation's history keeps only its own
    // (the case's history holds the rest: CaseHistoryLevel).
    assertThat(engine.getRuntimeService().getVariables(breach.getProcessInstanceId()))
        .containsKeys("standard", "region", "district", "officeZone", "caseNumber", "applicantSurname",
            "caseBusinessKey", "deadlineId", "deadlineDueAt", "breachSummary");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(breach.getProcessInstanceId()).list()).extracting("name").containsExactlyInAnyOrder(
            "deadlineId", "deadlineCitation", "deadlineText", "deadlineDueAt", "breachSummary", "escalationRole");
    return breach;
  }

  /**
   * Asserts the server's form check refuses to complete {@code task} with {@code values}, its message naming each of
   * {@code expected}; nothing is completed, the task stays open.
   */
  void assertFormRefuses(Task task, Map<String, Object> values, String... expected) {
    var refusal = assertThatThrownBy(() -> cases.complete(task, values))
        .hasRootCauseInstanceOf(FormValidationException.class);
    for (String text : expected) {
      refusal.hasMessageContaining(text);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("open").isEqualTo(1);
  }

  /** Completes the case's result step {@code task}: handed to {@code recipient}, who showed {@code identityDocument}. */
  void handOut(String key, String task, String recipient, String identityDocument) {
    handOut(cases.task(key, task), recipient, identityDocument);
  }

  void handOut(Task task, String recipient, String identityDocument) {
    cases.complete(task, Map.of("recipientFullName", recipient, "recipientIdentityDocument", identityDocument));
  }

  /** Asserts the case ended in a reasoned refusal on {@code ground}; returns its variables for further assertions. */
  MapAssert<String, Object> assertRefusedOn(String key, String ground) {
    assertThat(cases.instance(key)).isEnded();
    return assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal")
        .containsEntry("refusalGround", ground);
  }

  /**
   * Fires the case's timer {@code timer} a minute after {@code due} (asserting it is due then) and asserts the head's
   * review of the missed deadline {@code deadlineId} it gave: held by {@code group}, showing {@code citation}.
   */
  Task assertEscalated(String key, String timer, Date due, String deadlineId, String group, String citation) {
    fireAMinuteLate(key, timer, due);
    return assertBreach(key, deadlineId, group, citation);
  }

  /** A case whose service term ran out at the counter: its key and the head's open review of the breach. */
  record Overdue(String key, Task review) {}

  /**
   * A counter service that runs out: applies now at {@code channel} (sub-type {@code subtype}, null: none) with {@code
   * documents}, fires the service timer {@code timer} a minute after {@code due}, and asserts the head's review (held
   * by {@code group}, citing {@code citation}), the breach on the case and in its status, and that the case still
   * waits at {@code step}: the applicant is still served.
   */
  Overdue assertOverdueAtTheCounter(String channel, String subtype, String documents, String timer, Date due,
      String group, String citation, String step) {
    String key = apply(channel, subtype, documents).path("businessKey").asText();
    Task review = assertEscalated(key, timer, due, "service", group, citation);
    assertThat(cases.variables(key)).containsKey("breach_service");
    assertThat(deadline(cases.status(key), "service").path("breachedAt").asText())
        .startsWith(MINUTE.format(due.toInstant().plusSeconds(60).atZone(CaseDriver.ALMATY)));
    assertThat(cases.instance(key)).isWaitingAt(step);
    return new Overdue(key, review);
  }

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** Asserts the case status ({@code GET /api/applications/{key}}) says completed with {@code result}; returns it. */
  JsonNode assertCompleted(String key, String result) {
    JsonNode status = cases.status(key);
    assertThat(status.path("status").asText()).isEqualTo("completed");
    assertThat(status.path("result").asText()).isEqualTo(result);
    return status;
  }

  /** Asserts the case's timer {@code timer} is due at {@code due}; sets the clock a minute after and fires it. */
  void fireAMinuteLate(String key, String timer, Date due) {
    Job job = cases.timer(key, timer);
    assertThat(job.getDuedate()).as(timer).isEqualTo(due);
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    cases.fire(job);
  }

  Task breach(String key, String deadlineId) {
    return cases.breach(key, deadlineId);
  }

  static JsonNode deadline(JsonNode status, String id) {
    return CaseDriver.deadline(status, id);
  }

  static void at(int year, int month, int day, int hour, int minute) {
    CaseDriver.at(year, month, day, hour, minute);
  }

  static Date date(int year, int month, int day, int hour, int minute) {
    return CaseDriver.date(year, month, day, hour, minute);
  }
}
