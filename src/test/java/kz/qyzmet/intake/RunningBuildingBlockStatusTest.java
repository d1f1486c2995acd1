package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.TestUser;
import kz.qyzmet.standards.CaseDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The case status while a building block runs, read by a clerk of the office (not the administrator): the block's
 * task is a step of the case and the block's own values (the result ready since, which the storage term starts from)
 * are there, although the history keeps a block's values only in the case, once the block has ended, and grants the
 * block's history to nobody (kz.qyzmet.engine.CaseHistoryLevel, kz.qyzmet.directory.CaseReadGrants).
 */
@QyzmetTest
class RunningBuildingBlockStatusTest {

  static final String GROUP = "psc-aktobe-05.pscOperator";

  @RegisterExtension final TestUser clerk = TestUser.of("khromtaustatusclerk", "Status-Clerk-7", GROUP);
  @RegisterExtension final CaseDriver cases = CaseDriver.forStandard("S01");

  @Test
  void theCentresClerkSeesTheHandOutStepAndTheStorageTermWhileTheResultWaitsAtTheCentre() throws Exception {
    String key = cases.s01WaitingAtTheCentre();
    // The result waits at the centre (result-issue) since Friday 4 December 2026, 09:30.

    var response = clerk.get("/api/applications/" + key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode status = Json.read(response.body());
    assertThat(status.path("status").asText()).isEqualTo("inProgress");
    assertThat(status.path("currentSteps").findValuesAsText("activityId")).containsExactly("Task_IssueResult");
    assertThat(status.path("currentSteps").get(0).path("candidateGroups").get(0).asText()).isEqualTo(GROUP);
    assertThat(CaseDriver.deadline(status, "resultStorage").path("startedAt").asText())
        .isEqualTo("2026-12-04T09:30:00+05:00");
    // and the ended blocks' values are the case's: the hand-over started the service term on its day
    assertThat(CaseDriver.deadline(status, "service").path("startedAt").asText()).startsWith("2026-11-23T11:00");
  }
}
