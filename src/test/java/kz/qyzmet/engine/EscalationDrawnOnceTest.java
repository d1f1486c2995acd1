package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.Diagram;
import kz.qyzmet.EveryDiagram;
import kz.qyzmet.modeler.ElementTemplates;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * Diagrams an analyst can read (issue 20, point 7): the head's escalation is drawn once per diagram. A diagram gives a
 * head at most one escalation task; where several timers lead to the same head, each timer ends in an escalation
 * whose code is the catalogue deadline it names, and one non-interrupting event subprocess catches them and escalates
 * the deadline it caught (by its code, or {@code overdueDeadline} when it catches several deadlines).
 */
class EscalationDrawnOnceTest {

  static final Pattern ESCALATE = Pattern.compile("\\$\\{deadlines\\.escalate\\(execution, ('(\\w+)'|\\w+), '(\\w+)'\\)}");
  static final Pattern DUE = Pattern.compile("\\$\\{deadlines\\.due\\(execution, '(\\w+)'\\)}");

  @EveryDiagram
  void aHeadHasOneEscalationTaskPerDiagram(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    List<String> heads = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      Matcher escalate = task.getCamundaExpression() == null ? null : ESCALATE.matcher(task.getCamundaExpression());
      if (escalate != null && escalate.matches()) {
        heads.add(escalate.group(3));
      }
    }
    assertThat(heads).as("heads escalated to in " + diagram).doesNotHaveDuplicates();
  }

  @EveryDiagram
  void everyTimersEscalationNamesItsDeadlineAndIsCaughtByTheEscalationSubprocess(Diagram diagram) {
    BpmnModelInstance model = diagram.model();
    Set<String> thrown = new HashSet<>();
    for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
      for (EscalationEventDefinition definition : end.getChildElementsByType(EscalationEventDefinition.class)) {
        Escalation escalation = definition.getEscalation();
        assertThat(escalation).as("escalation of " + end.getId()).isNotNull();
        assertThat(end.getIncoming()).as("flows into " + end.getId()).hasSize(1);
        FlowNode source = end.getIncoming().iterator().next().getSource();
        assertThat(source).as("what ends in " + end.getId()).isInstanceOf(BoundaryEvent.class);
        String timer = source.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate()
            .getTextContent().trim();
        Matcher due = DUE.matcher(timer);
        assertThat(due.matches()).as("deadline of " + source.getId()).isTrue();
        assertThat(escalation.getEscalationCode()).as("the code " + end.getId() + " throws is the deadline of "
            + source.getId()).isEqualTo(due.group(1));
        thrown.add(escalation.getEscalationCode());
      }
    }
    if (thrown.isEmpty()) {
      return;
    }
    List<StartEvent> catching = model.getModelElementsByType(SubProcess.class).stream()
        .filter(SubProcess::triggeredByEvent)
        .flatMap(sub -> sub.getChildElementsByType(StartEvent.class).stream())
        .filter(start -> !start.getChildElementsByType(EscalationEventDefinition.class).isEmpty()).toList();
    assertThat(catching).as("escalation event subprocesses of " + diagram).hasSize(1);
    StartEvent start = catching.get(0);
    assertThat(start.isInterrupting()).as("the case goes on: " + start.getId()).isFalse();
    EscalationEventDefinition catches = start.getChildElementsByType(EscalationEventDefinition.class).iterator().next();
    Escalation caught = catches.getEscalation();
    List<ServiceTask> tasks = start.getParentElement().getChildElementsByType(ServiceTask.class).stream()
        .filter(task -> task.getCamundaExpression() != null && ESCALATE.matcher(task.getCamundaExpression()).matches())
        .toList();
    assertThat(tasks).as("escalation tasks in the subprocess of " + diagram).hasSize(1);
    Matcher escalate = ESCALATE.matcher(tasks.get(0).getCamundaExpression());
    assertThat(escalate.matches()).isTrue();
    if (caught != null) {
      assertThat(thrown).as("codes thrown in " + diagram).containsExactly(caught.getEscalationCode());
      assertThat(escalate.group(2)).as("deadline escalated by " + tasks.get(0).getId())
          .isEqualTo(caught.getEscalationCode());
    } else {
      assertThat(catches.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "escalationCodeVariable"))
          .as("where " + start.getId() + " keeps the deadline it caught").isEqualTo(ElementTemplates.OVERDUE_DEADLINE);
      assertThat(escalate.group(1)).as("deadline escalated by " + tasks.get(0).getId())
          .isEqualTo(ElementTemplates.OVERDUE_DEADLINE);
    }
  }
}
