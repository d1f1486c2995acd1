package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an analyst relies on when opening a diagram of processes/ in Camunda Modeler, and what the engine needs: every
 * element laid out, Kazakh names, English ids with their prefix, a history time to live, and forms that exist.
 */
class ProcessModelConventionsTest {

  static final Map<Class<? extends BaseElement>, String> PREFIXES = Map.of(
      SequenceFlow.class, "Flow_", Event.class, "Event_", Gateway.class, "Gateway_");

  static Stream<Path> diagrams() throws IOException {
    return Files.walk(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyProcessHasAHistoryTimeToLive(Path diagram) {
    for (Process process : model(diagram).getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      assertThat(process.getName()).as(process.getId()).matches(".*\\p{IsCyrillic}.*");
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyElementIsLaidOut(Path diagram) {
    BpmnModelInstance model = model(diagram);
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of " + node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void idsAreEnglishWithTheirPrefixAndNamesAreKazakh(Path diagram) {
    for (FlowNode node : model(diagram).getModelElementsByType(FlowNode.class)) {
      String prefix = PREFIXES.entrySet().stream()
          .filter(entry -> entry.getKey().isInstance(node)).map(Map.Entry::getValue)
          .findFirst().orElse(node instanceof org.camunda.bpm.model.bpmn.instance.Activity ? "Task_" : "");
      if (node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess
          || node instanceof org.camunda.bpm.model.bpmn.instance.CallActivity) {
        prefix = "Activity_";
      }
      assertThat(node.getId()).as("id of " + node.getId()).startsWith(prefix).matches("[A-Za-z][A-Za-z0-9_]*");
      // A gateway that only joins flows may stay unnamed, as Modeler users draw it.
      if (!(node instanceof Gateway) || node.getOutgoing().size() > 1) {
        assertThat(node.getName()).as("Kazakh name of " + node.getId()).matches("(?s).*\\p{IsCyrillic}.*");
      }
    }
    for (SequenceFlow flow : model(diagram).getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).startsWith("Flow_");
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void userTasksHaveACandidateGroupAndAnExistingForm(Path diagram) throws IOException {
    Set<String> forms = formIds();
    for (UserTask task : model(diagram).getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidate group of " + task.getId()).isNotBlank();
      assertThat(forms).as("form of " + task.getId()).contains(task.getCamundaFormRef());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void timersSayWhichStatutoryTermTheyEnforce(Path diagram) {
    for (BoundaryEvent timer : model(diagram).getModelElementsByType(BoundaryEvent.class)) {
      assertThat(timer.getDocumentations()).as("documentation of " + timer.getId()).isNotEmpty();
      assertThat(timer.getDocumentations().iterator().next().getTextContent()).as("decree line cited by " + timer.getId())
          .containsPattern("S\\d\\d .*line \\d+|Law No\\. \\d+ of .*, art\\. \\d+");
    }
  }

  /**
   * A call activity passes the building block only what it reads and takes back only what it wrote
   * (BuildingBlockVariables), never every case variable in and out: that wrote ten times the rows of a bare engine.
   */
  @ParameterizedTest
  @MethodSource("diagrams")
  void callActivitiesMapTheirVariablesThroughBuildingBlockVariables(Path diagram) {
    for (CallActivity call : model(diagram).getModelElementsByType(CallActivity.class)) {
      assertThat(call.getCamundaVariableMappingDelegateExpression()).as("variable mapping of " + call.getId())
          .isEqualTo("${buildingBlockVariables}");
      for (CamundaIn in : call.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
          .stream().flatMap(e -> e.getChildElementsByType(CamundaIn.class).stream()).toList()) {
        assertThat(in.getCamundaVariables()).as("camunda:in variables of " + call.getId()).isNull();
      }
      for (CamundaOut out : call.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
          .stream().flatMap(e -> e.getChildElementsByType(CamundaOut.class).stream()).toList()) {
        assertThat(out.getCamundaVariables()).as("camunda:out variables of " + call.getId()).isNull();
      }
    }
  }

  static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      for (Path form : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode schema = json.readTree(form.toFile());
        assertThat(schema.path("id").asText()).as("id of " + form)
            .isEqualTo(form.getFileName().toString().replace(".form", ""));
        assertThat(schema.path("components")).as("fields of " + form).isNotEmpty();
        ids.add(schema.path("id").asText());
      }
    }
    return ids;
  }

  private static BpmnModelInstance model(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    Bpmn.validateModel(model);
    return model;
  }
}
