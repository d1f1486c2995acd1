package kz.qyzmet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import kz.qyzmet.Http;
import kz.qyzmet.Json;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.TestUser;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk's task list as Tasklist asks for it (HAL) embeds the process of her tasks; the second time it comes from
 * the engine REST API's cache, with the same content.
 */
@QyzmetTest
class HalRelationCachesTest {

  @RegisterExtension static CaseDriver cases = CaseDriver.forStandard("S01");
  @RegisterExtension final TestUser clerk = TestUser.of("halcacheclerk", "hal-cache-1", "psc-aktobe-05.pscOperator");
  @LocalServerPort int port;

  @Test
  void aClerksTaskListEmbedsTheProcessOfHerTasksFromTheCacheTheSecondTime() {
    String key = cases.s01WaitingAtTheCentre(); // the result is ready: her task is in the result issue block
    Task issue = cases.task(key, "Task_IssueResult");
    String list = "/engine-rest/task?candidateGroup=psc-aktobe-05.pscOperator&taskId=" + issue.getId();
    Cache cache = Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
    assertThat(cache).as("the process definitions' cache is configured").isNotNull();
    cache.destroy(); // empties it: the first list below asks the database

    JsonNode process = embedded(Json.read(clerksTasks(list)), issue.getProcessDefinitionId());
    assertThat(process.path("key").asText()).isEqualTo("result-issue");
    assertThat(process.path("name").asText()).isEqualTo("Қызмет нәтижесін беру және сақтау");
    assertThat(cache.get(issue.getProcessDefinitionId())).as("kept after the first list").isNotNull();
    assertThat(embedded(Json.read(clerksTasks(list)), issue.getProcessDefinitionId()))
        .as("the second list, served from the cache, embeds the same").isEqualTo(process);
  }

  private String clerksTasks(String path) {
    HttpResponse<String> list = new Http(port).getHal(path, clerk.id(), clerk.password());
    assertThat(list.statusCode()).isEqualTo(200);
    return list.body();
  }

  private static JsonNode embedded(JsonNode list, String definition) {
    for (JsonNode process : list.path("_embedded").path("processDefinition")) {
      if (process.path("id").asText().equals(definition)) {
        return process;
      }
    }
    throw new AssertionError("no embedded process definition " + definition);
  }
}
