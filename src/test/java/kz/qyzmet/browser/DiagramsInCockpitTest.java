package kz.qyzmet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9, item 4: every diagram of {@code processes/} opens in Cockpit (its latest deployed definition) and bpmn-js
 * draws it: every flow node of the model (tasks, events, gateways, call activities, sub-processes and what they hold)
 * has a shape on the canvas ({@code .djs-shape[data-element-id=<id>]}).
 */
@BrowserTest
class DiagramsInCockpitTest {

  @RegisterExtension static final Browser browser = new Browser();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void everyProcessDefinitionIsDrawnWithAShapeForEveryFlowNode() {
    browser.at(port);
    browser.login("cockpit", QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD);
    List<String> problems = new ArrayList<>();
    int drawn = 0;
    for (Path file : ProcessModels.files(ProcessModels.PROCESSES, ".bpmn")) {
      BpmnModelInstance model = ProcessModels.read(file);
      String key = ProcessModels.process(model).getId();
      Set<String> nodes = new TreeSet<>();
      model.getModelElementsByType(FlowNode.class).forEach(node -> nodes.add(node.getId()));
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      if (definition == null) {
        problems.add(file + ": process " + key + " is not deployed");
        continue;
      }
      browser.open("/camunda/app/cockpit/default/#/processes"); // no canvas of the previous diagram stays
      browser.waitUntil(d -> d.findElements(org.openqa.selenium.By.cssSelector(".djs-container")).isEmpty());
      browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
      Set<String> shapes;
      try {
        browser.waitUntil(Duration.ofSeconds(30), d -> shapes(key).contains(key)); // the canvas of this process
        browser.waitUntil(Duration.ofSeconds(10), d -> shapes(key).containsAll(nodes));
      } catch (RuntimeException e) {
        // judged below by what is on the canvas
      }
      shapes = shapes(key);
      if (!shapes.contains(key)) {
        browser.step(key + "-not-drawn");
        problems.add(key + " (" + file.getFileName() + "): Cockpit draws no diagram of the definition");
        continue;
      }
      browser.step(key);
      Set<String> missing = new TreeSet<>(nodes);
      missing.removeAll(shapes);
      if (!missing.isEmpty()) {
        problems.add(key + " (" + file.getFileName() + "): flow nodes without a shape on the canvas: " + missing);
      } else {
        drawn++;
      }
    }
    assertThat(problems).as("diagrams that Cockpit does not draw completely").isEmpty();
    assertThat(drawn).isEqualTo(ProcessModels.files(ProcessModels.PROCESSES, ".bpmn").size());
  }

  /** The element ids on the bpmn-js canvas: the root (the process id) and every drawn shape. */
  private Set<String> shapes(String processKey) {
    List<String> ids = browser.script(
        "return Array.from(document.querySelectorAll('.djs-container [data-element-id]'))"
            + ".filter(e => e.classList.contains('djs-shape') || e.getAttribute('data-element-id') === arguments[0])"
            + ".map(e => e.getAttribute('data-element-id'));", processKey);
    return new HashSet<>(ids);
  }
}
