package kz.qyzmet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.S01AtKhromtau;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk submits a form the way Tasklist does, with her own authorizations only (no READ on deployments): the
 * server-side check reads the form's rules for her, rejects a bad submission with 400 and takes a good one.
 */
@QyzmetTest
@Tag("embedded-only") // the demo clerks exist in the default profile only
class ClerkSubmitsFormTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void theBranchSpecialistSubmitsTheReviewForm() {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = S01AtKhromtau.filedAtTheBranch(cases);
    Task review = cases.task(key, "Task_ReviewApplication");
    Http clerk = new Http(port);
    String submit = "/engine-rest/task/" + review.getId() + "/submit-form";

    var refused = clerk.postJson(submit, "{\"variables\": {\"decision\": {\"value\": \"refused\"}}}",
        "khromtauspecialist", "demo");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("«Бас тарту негіздемесі (дәлелді жауапқа енгізіледі)» өрісі")
        .contains("\"fields\":[\"decisionReason\"]");

    var assigned = clerk.postJson(submit, "{\"variables\": {\"decision\": {\"value\": \"assigned\"}}}",
        "khromtauspecialist", "demo");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
    assertThat(cases.task(key, "Task_NotifyApplicant")).isNotNull();
  }
}
