package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.TestUser;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: a clerk in a task's candidate group cannot reroute the case through the engine's REST API. Setting the
 * case's office, region or district (or any other variable the intake recorded) on the task, on the process instance
 * or with the task's completion is refused with 403 naming the variable, and the case's next task still goes to the
 * office that had it; the clerk's normal form submission still works.
 */
@QyzmetTest
class ProtectedVariablesTest {

  /** A clerk who joins the group a case waits for. */
  @RegisterExtension final TestUser clerk = TestUser.of("reroutingclerk", "Rerouting-clerk-1");
  @Autowired ProcessEngine engine;
  @Autowired OfficeRouter offices;
  /** S01 cases filed at the branch; S07 for a variable of an application's data. */
  @RegisterExtension final CaseDriver cases = CaseDriver.forStandard("S01");
  @RegisterExtension final CaseDriver s07 = CaseDriver.forStandard("S07");

  @Test
  void aClerkCannotRerouteACaseThroughEngineRestButSubmitsHerForm() throws Exception {
    String key = S01AtKhromtau.filedAtTheBranch(cases);
    Task review = cases.task(key, "Task_ReviewApplication");
    List<String> groups = cases.candidateGroups(review);
    assertThat(groups).hasSize(1);
    String group = groups.get(0);
    String office = group.substring(0, group.lastIndexOf('.'));
    Office own = offices.find(office).orElseThrow();
    String other = offices.offices().stream()
        .filter(o -> o.kind() == own.kind() && !o.id().equals(office) && !own.region().equals(o.region()))
        .map(Office::id).findFirst().orElseThrow();
    clerk.join(group);
    Object officeBefore = engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "officeId");

    String task = "/engine-rest/task/" + review.getId();
    String instance = "/engine-rest/process-instance/" + review.getProcessInstanceId();
    String reroute = "{\"value\": \"" + other + "\", \"type\": \"String\"}";

    // the task's completion with the office of her choice: the hole this closes
    assertRefused(clerk.post(task + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"assigned\"}, \"officeId\": " + reroute + "}}"), "officeId");
    assertRefused(clerk.post(task + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"assigned\"}, \"district\": {\"value\": \"Қобда\"}}}"),
        "district");
    // the task's and the case's variables, one at a time, modified in a batch, deleted
    assertRefused(clerk.send("PUT", task + "/variables/officeId", reroute), "officeId");
    assertRefused(clerk.send("PUT", task + "/localVariables/region", "{\"value\": \"Маңғыстау облысы\"}"), "region");
    assertRefused(clerk.post(task + "/variables", "{\"modifications\": {\"note\": {\"value\": \"x\"}, \"officeId\": "
        + reroute + "}}"), "officeId");
    assertRefused(clerk.send("PUT", instance + "/variables/officeId", reroute), "officeId");
    assertRefused(clerk.post(instance + "/variables", "{\"deletions\": [\"applicantIin\"]}"), "applicantIin");
    assertRefused(clerk.send("DELETE", instance + "/variables/caseNumber", null), "caseNumber");
    assertRefused(clerk.post("/engine-rest/process-instance/variables-async",
        "{\"processInstanceIds\": [\"" + review.getProcessInstanceId() + "\"], \"variables\": {\"standard\": "
            + "{\"value\": \"S02\"}}}"), "standard");

    // nothing changed: the task waits for the same office
    assertThat(engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "officeId"))
        .isEqualTo(officeBefore);
    assertThat(engine.getRuntimeService().getVariable(review.getProcessInstanceId(), "district"))
        .isEqualTo("Хромтау");
    assertThat(cases.task(key, "Task_ReviewApplication").getId()).isEqualTo(review.getId());

    // her own form goes through, and the case's next task is her office's
    var submitted = clerk.post(task + "/submit-form", "{\"variables\": {\"decision\": {\"value\": \"assigned\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    Task next = cases.task(key, "Task_NotifyApplicant");
    assertThat(cases.candidateGroups(next)).allMatch(g -> g.startsWith(office + "."))
        .noneMatch(g -> g.startsWith(other + "."));
  }

  @Test
  void aTaskMaySetTheProtectedFieldsOfItsOwnFormAndNoOthers() throws Exception {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = s07.apply("""
        {"channel": "branch", "subtype": "deceasedDepositor",
         "applicant": {"iin": "900515300018", "surname": "Жұмабаева", "name": "Гүлнар", "phone": "+7 701 000 00 00",
                       "address": "Хромтау, Абай көшесі 5", "region": "Ақтөбе облысы", "district": "Хромтау"},
         "documents": ["inheritanceCaseRequest"]}""").path("businessKey").asText();
    Task issue = s07.task(key, "Task_IssueInheritanceCertificate");
    clerk.join(s07.candidateGroups(issue).get(0));
    String form = """
        "requesterKind": {"value": "notary"}, "depositorIin": {"value": "450301300456"},
        "depositorFullName": {"value": "Жұмабаев Серік"}, "inheritanceCaseReference": {"value": "№ 112/2026"},
        "certificateNumber": {"value": "ШЫҒ-2026-0412"}""";
    String submit = "/engine-rest/task/" + issue.getId() + "/submit-form";

    // depositorIin is protected, but it is a field of this task's form (s07-inheritance); officeId is not
    assertRefused(clerk.post(submit, "{\"variables\": {" + form + ", \"officeId\": {\"value\": \"psc-aktobe-05\"}}}"),
        "officeId");
    assertRefused(clerk.send("PUT", "/engine-rest/task/" + issue.getId() + "/variables/depositorIin",
        "{\"value\": \"450301300456\"}"), "depositorIin");
    var submitted = clerk.post(submit, "{\"variables\": {" + form + "}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(s07.variables(key)).containsEntry("depositorIin", "450301300456")
        .containsEntry("result", "inheritanceCertificate");
  }

  @Test
  void aClerkCannotHandHerTaskToAnotherOfficeOrAnotherUserOrMoveItsDueDateButWorksOnIt() throws Exception {
    String key = S01AtKhromtau.filedAtTheBranch(cases);
    Task review = cases.task(key, "Task_ReviewApplication");
    String group = cases.candidateGroups(review).get(0);
    String role = group.substring(group.lastIndexOf('.'));
    String office = group.substring(0, group.lastIndexOf('.'));
    String other = offices.offices().stream()
        .filter(o -> o.kind() == offices.find(office).orElseThrow().kind() && !o.id().equals(office))
        .map(Office::id).findFirst().orElseThrow();
    clerk.join(group);
    String task = "/engine-rest/task/" + review.getId();

    var handOver = clerk.post(task + "/identity-links",
        "{\"groupId\": \"" + other + role + "\", \"type\": \"candidate\"}");
    assertThat(handOver.statusCode()).as(handOver.body()).isEqualTo(403);
    var moved = clerk.send("PUT", task,
        "{\"name\": \"" + review.getName() + "\", \"due\": \"2027-06-01T18:00:00.000+0500\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    assertThat(cases.candidateGroups(cases.task(key, "Task_ReviewApplication"))).containsExactly(group);
    assertThat(cases.task(key, "Task_ReviewApplication").getDueDate()).isEqualTo(review.getDueDate());

    var forAnother = clerk.post(task + "/claim", "{\"userId\": \"aktobeoperator\"}");
    assertThat(forAnother.statusCode()).as("a claim in another user's name: " + forAnother.body()).isEqualTo(403);
    assertThat(cases.task(key, "Task_ReviewApplication").getAssignee()).isNull();
    var claimed = clerk.post(task + "/claim", "{\"userId\": \"" + clerk.id() + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    var submitted = clerk.post(task + "/submit-form", "{\"variables\": {\"decision\": {\"value\": \"assigned\"}}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(cases.task(key, "Task_NotifyApplicant")).isNotNull();
  }

  private void assertRefused(HttpResponse<String> response, String variable) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    JsonNode problem = Json.read(response.body());
    assertThat(problem.path("field").asText()).isEqualTo(variable);
    assertThat(problem.path("detail").asText()).startsWith(variable + ": ");
  }

}
