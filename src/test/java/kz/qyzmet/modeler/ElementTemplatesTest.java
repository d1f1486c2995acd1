package kz.qyzmet.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.Diagram;
import kz.qyzmet.EveryDiagram;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.OfficeRole;
import kz.qyzmet.engine.BuildingBlockContracts;
import kz.qyzmet.modeler.ElementTemplates.Timer;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The element templates of {@code .camunda/element-templates} are what the building blocks' contracts, the catalogue
 * and the directory's roles make, and every diagram element of their kind uses its template and agrees with it: a call
 * activity mapped otherwise than its block's contract, a task routed to a role that does not exist or due by a
 * deadline its standard does not have, fails here. {@code -Dqyzmet.modeler.write=true} rewrites the templates and
 * marks the elements ({@code camunda:modelerTemplate}) after a contract or catalogue change.
 */
class ElementTemplatesTest {

  static final Path FOLDER = Path.of(".camunda/element-templates");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final boolean WRITE = Boolean.getBoolean("qyzmet.modeler.write");

  static ElementTemplates templates;
  static BuildingBlockContracts contracts;

  @BeforeAll
  static void makeTemplates() throws IOException {
    contracts = new BuildingBlockContracts();
    templates = new ElementTemplates(contracts, new StandardsCatalogue());
    if (WRITE) {
      Files.createDirectories(FOLDER);
      for (Map.Entry<String, String> file : templates.files().entrySet()) {
        Files.writeString(FOLDER.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      for (Diagram diagram : Diagram.all().toList()) {
        markTemplates(diagram);
      }
    }
  }

  @Test
  void theTemplatesAreWhatTheDeclarationsMake() throws IOException {
    for (Map.Entry<String, String> file : templates.files().entrySet()) {
      assertThat(Files.readString(FOLDER.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as(file.getKey() + " (rewrite with -Dqyzmet.modeler.write=true)").isEqualTo(file.getValue());
    }
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(templates.files().keySet());
    }
  }

  @EveryDiagram
  void everyCallActivityCallsADeclaredBlockAsItsTemplateSays(Diagram diagram) {
    for (CallActivity call : diagram.model().getModelElementsByType(CallActivity.class)) {
      String block = call.getCalledElement();
      assertThat(contracts.find(block)).as("contract of " + block + " called by " + call.getId()).isPresent();
      assertThat(template(call)).as("template of " + call.getId()).isEqualTo(ElementTemplates.BLOCK + block);
      assertThat(call.getCamundaVariableMappingDelegateExpression()).as("mapping of " + call.getId())
          .isEqualTo("${buildingBlockVariables}");
      List<CamundaIn> ins = extensions(call, CamundaIn.class);
      assertThat(ins).as("camunda:in of " + call.getId()).hasSize(1);
      assertThat(ins.get(0).getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}");
      assertThat(ins.get(0).getCamundaSource()).isNull();
      assertThat(extensions(call, CamundaOut.class)).as("camunda:out of " + call.getId()).isEmpty();
    }
  }

  @EveryDiagram
  void everyOfficeTaskUsesItsTemplateWithARoleAndADeadlineThatExist(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    String process = model.getModelElementsByType(Process.class).iterator().next().getId();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Optional<OfficeRole> role = role(task.getCamundaCandidateGroups());
      if (role.isEmpty()) {
        assertThat(template(task)).as("a task not routed to a fixed role has no template: " + task.getId()).isNull();
        continue;
      }
      if (task.getCamundaDueDate() == null) {
        assertThat(template(task)).as("template of " + task.getId()).isEqualTo(ElementTemplates.OFFICE_TASK);
      } else {
        assertThat(template(task)).as("template of " + task.getId())
            .isEqualTo(ElementTemplates.DEADLINE_TASK + process);
        assertThat(timers(process).stream().map(Timer::dueExpression))
            .as("deadline of " + task.getId() + " in " + process).contains(task.getCamundaDueDate());
      }
    }
  }

  @EveryDiagram
  void everyEscalationNamesADeadlineOfItsStandardAndAHead(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    String process = model.getModelElementsByType(Process.class).iterator().next().getId();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaExpression() == null || !task.getCamundaExpression().contains("deadlines.escalate")) {
        continue;
      }
      assertThat(template(task)).as("template of " + task.getId()).isEqualTo(ElementTemplates.ESCALATION + process);
      assertThat(java.util.stream.Stream.concat(timers(process).stream().flatMap(timer -> ElementTemplates.heads()
          .stream().map(timer::escalationExpression)), timers(process).size() > 1
              ? ElementTemplates.heads().stream().map(ElementTemplates::caughtEscalationExpression)
              : java.util.stream.Stream.empty()))
          .as("escalation " + task.getId()).contains(task.getCamundaExpression());
    }
  }

  /** Camunda 7 templates cannot bind a timer: a boundary timer names the deadline its task is due by. */
  @EveryDiagram
  void aBoundaryTimerNamesTheDeadlineItsTaskIsDueBy(Diagram diagram) {
    for (BoundaryEvent event : diagram.model().getModelElementsByType(BoundaryEvent.class)) {
      for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
        TimeDate date = timer.getTimeDate();
        if (event.getAttachedTo() instanceof UserTask task && task.getCamundaDueDate() != null && date != null) {
          assertThat(date.getTextContent().trim()).as("timer " + event.getId() + " of " + task.getId())
              .isEqualTo(task.getCamundaDueDate());
        }
      }
    }
  }

  static List<Timer> timers(String process) {
    return templates.timersByProcess().getOrDefault(process, List.of());
  }

  static Optional<OfficeRole> role(String candidateGroups) {
    for (OfficeRole role : OfficeRole.values()) {
      if (ElementTemplates.routing(role).equals(candidateGroups)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  static String template(BaseElement element) {
    return element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
  }

  static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> extensions(BaseElement element,
      Class<T> type) {
    ExtensionElements extensions = element.getExtensionElements();
    return extensions == null ? List.of() : extensions.getChildElementsByType(type).stream().toList();
  }

  private static final Pattern TAG =
      Pattern.compile("<bpmn:(callActivity|userTask|serviceTask) id=\"([^\"]+)\"([^>]*?)(/?)>");
  private static final Pattern MARK = Pattern.compile(" camunda:modelerTemplate=\"[^\"]*\""
      + "( camunda:modelerTemplateVersion=\"[^\"]*\")?");

  /** Writes {@code camunda:modelerTemplate} on each element of a template's kind, keeping the file's layout. */
  static void markTemplates(Diagram diagram) throws IOException {
    BpmnModelInstance model = diagram.model();
    String process = model.getModelElementsByType(Process.class).iterator().next().getId();
    String xml = Files.readString(diagram.path(), StandardCharsets.UTF_8);
    Matcher tag = TAG.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (tag.find()) {
      BaseElement element = model.getModelElementById(tag.group(2));
      String id = null;
      if (element instanceof CallActivity call) {
        id = ElementTemplates.BLOCK + call.getCalledElement();
      } else if (element instanceof UserTask task && role(task.getCamundaCandidateGroups()).isPresent()) {
        id = task.getCamundaDueDate() == null ? ElementTemplates.OFFICE_TASK : ElementTemplates.DEADLINE_TASK + process;
      } else if (element instanceof ServiceTask task && task.getCamundaExpression() != null
          && task.getCamundaExpression().contains("deadlines.escalate")) {
        id = ElementTemplates.ESCALATION + process;
      }
      String attributes = MARK.matcher(tag.group(3)).replaceAll("");
      if (id != null) {
        attributes += " camunda:modelerTemplate=\"" + id + "\" camunda:modelerTemplateVersion=\""
            + ElementTemplates.VERSION + "\"";
      }
      tag.appendReplacement(out, Matcher.quoteReplacement(
          "<bpmn:" + tag.group(1) + " id=\"" + tag.group(2) + "\"" + attributes + tag.group(4) + ">"));
    }
    tag.appendTail(out);
    Files.writeString(diagram.path(), out.toString(), StandardCharsets.UTF_8);
  }
}
