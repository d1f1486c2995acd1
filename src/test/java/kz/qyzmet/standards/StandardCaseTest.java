package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Date;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

  /** Applies through the API at {@code channel} with these documents (a JSON list); asserts 201. */
  JsonNode apply(String channel, String documents) {
    return cases.apply("{\"channel\": \"" + channel + "\", " + about.applicant() + ", \"documents\": " + documents
        + "}");
  }

  /** Applies for a sub-type of the service. */
  JsonNode apply(String channel, String subtype, String documents) {
    return cases.apply("{\"channel\": \"" + channel + "\", \"subtype\": \"" + subtype + "\", "
        + about.applicant() + ", \"documents\": " + documents + "}");
  }

  /** Posts a whole application body (standard included) as the admin, whatever the answer. */
  HttpResponse<String> post(String body) {
    return new Http(port).postJson("/api/applications", body, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
  }

  /** Asserts a receipt of a case taken at {@code office} that promises the result at {@code expectedResultAt}. */
  String assertReceipt(JsonNode receipt, String office, String expectedResultAt) {
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(office);
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
    return breach;
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
