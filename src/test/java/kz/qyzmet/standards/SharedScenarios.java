package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Scenarios that several standards share, written once: the storage of an uncollected result and its hand-over, and
 * the portal's information request. The terms and citations come from the catalogue; each standard's test gives what
 * is its own (its offices, its dates).
 */
final class SharedScenarios {

  static final StandardsCatalogue CATALOGUE = new StandardsCatalogue();
  /** The applicant of the standards' tests: Хромтау district of Ақтөбе облысы. */
  static final String APPLICANT = """
      {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
       "phone": "+7 701 000 00 00", "address": "Хромтау, Абай көшесі 5",
       "region": "Ақтөбе облысы", "district": "Хромтау"}""";

  private SharedScenarios() {}

  /** Applies through the API at {@code channel} with these documents (a JSON list). */
  static JsonNode apply(CaseDriver cases, String channel, String documents) {
    return cases.apply("{\"channel\": \"" + channel + "\", \"applicant\": " + APPLICANT + ", \"documents\": "
        + documents + "}");
  }

  /**
   * The applicant was notified to collect the result at the centre and does not come: the result is kept until
   * {@code storageEnds} (the catalogue's resultStorage term), then the centre's operator hands it over to the branch.
   */
  static void uncollectedResultIsHandedOver(CaseDriver cases, String key, String centre, Date storageEnds,
      String transferDocument, String result) {
    cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(issue.getDueDate()).isEqualTo(storageEnds);
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(storageEnds);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new Date(storageEnds.getTime() + 60_000));
    cases.fire(storage);

    Task transfer = cases.task(key, "Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(centre + ".pscOperator");
    cases.complete(transfer, Map.of("resultTransferDocumentNumber", transferDocument));
    assertThat(cases.instance(key)).isEnded();
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred").containsEntry("result", result);
  }

  /**
   * The portal only informs (it takes no application); its information request about a case taken at the branch is
   * due within the catalogue's portalInformation term, escalated to the branch's head when missed, and then answered
   * from the case's data. Starts on Tuesday 1 December 2026.
   */
  static void portalOnlyInforms(ProcessEngine engine, int port, CaseDriver cases, String standard, String documents,
      String branch) throws Exception {
    Standard.Deadline term = CATALOGUE.get(standard).deadline("portalInformation").orElseThrow();
    CaseDriver.at(2026, 12, 1, 10, 0);
    var http = new Http(port);
    var refused = http.postJson("/api/applications", "{\"standard\": \"" + standard + "\", \"channel\": \"portal\", "
        + "\"applicant\": " + APPLICANT + ", \"documents\": " + documents + "}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("channel");

    String key = apply(cases, "branch", documents).path("businessKey").asText();
    CaseDriver.at(2026, 12, 2, 9, 0);
    var accepted = http.postJson("/api/applications/" + key + "/information-requests", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(202);
    ObjectMapper json = new ObjectMapper();
    JsonNode request = json.readTree(accepted.body());
    assertThat(term.unit()).isEqualTo(Standard.Deadline.Unit.minutes);
    Date due = CaseDriver.date(2026, 12, 2, 9, term.value());
    assertThat(request.path("due").asText()).isEqualTo("2026-12-02T09:%02d:00+05:00".formatted(term.value()));
    String requestId = request.path("id").asText();

    // Not answered in time: the head of the branch gets a task; then the answer is still given from the case data.
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(requestId).timers().singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(due);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    cases.fire(overdue);
    Task head = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(head)).containsExactly(branch + ".branchHead");
    assertThat(engine.getRuntimeService().getVariable(head.getProcessInstanceId(), "deadlineCitation"))
        .isEqualTo(term.citation(standard));

    Job answer = engine.getManagementService().createJobQuery().processInstanceId(requestId)
        .activityId("Task_AnswerFromCaseData").singleResult();
    cases.fire(answer);
    JsonNode answered = json.readTree(http.get(accepted.headers().firstValue("Location").orElseThrow(),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(answered.path("status").asText()).isEqualTo("answered");
    // (The answer also lists the head's open breach review, which shares the case's business key.)
    assertThat(answered.path("answer").path("currentSteps").findValuesAsText("activityId"))
        .contains("Task_ReviewApplication");
  }
}
