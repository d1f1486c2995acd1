package kz.qyzmet.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior; // engine-internal: the user task's definition (due date expression, listeners) at parse time
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: parse listeners are the engine's only hook to add listeners to every deployed diagram
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener; // engine-internal: the parse listener list of the configuration
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for parse listeners
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity; // engine-internal: the parsed process's key, handed to parse listeners
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl; // engine-internal: the parsed activity parse listeners receive
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl; // engine-internal: the parsed scope parse listeners receive
import org.camunda.bpm.engine.impl.task.TaskDefinition; // engine-internal: the user task's definition (due date expression); no public API at parse time
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: the parsed XML element (timer definition) parse listeners receive
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks the case facts onto the events the diagrams already have, so no diagram names the quality package:
 * <ul>
 *   <li>a standard's process (key S01-S13): the end of its start event (the intake has run) and its end;</li>
 *   <li>every user task whose due date is a catalogue deadline ({@code ${deadlines.due(execution, 'service')}}):
 *       created (due date, office of its group) and completed;</li>
 *   <li>every boundary timer on a catalogue deadline: the breach;</li>
 *   <li>{@code result-issue}'s start (the result is ready) and every task {@code Task_IssueResult*} (handed out, with
 *       the operator's satisfaction fields);</li>
 *   <li>the {@code complaint} process: received, its review due date, overdue, closed.</li>
 * </ul>
 */
@Component
public class CaseFactListeners extends AbstractProcessEnginePlugin {

  static final Pattern DEADLINE = Pattern.compile("deadlines\\.due\\(execution,\\s*'(\\w+)'\\)");
  static final String COMPLAINT_PROCESS = "complaint";
  static final String RESULT_ISSUE_PROCESS = "result-issue";

  private final ObjectProvider<CaseFacts> facts;
  private final StandardsCatalogue catalogue;

  public CaseFactListeners(ObjectProvider<CaseFacts> facts, StandardsCatalogue catalogue) {
    this.facts = facts;
    this.catalogue = catalogue;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new Parser());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private boolean isCase(ScopeImpl scope) {
    return catalogue.find(((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey()).isPresent();
  }

  private static boolean isProcess(ScopeImpl scope, String key) {
    return key.equals(((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey());
  }

  private final class Parser extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
      if (catalogue.find(process.getKey()).isPresent()) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> facts.getObject().caseEnded(execution));
      } else if (COMPLAINT_PROCESS.equals(process.getKey())) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> facts.getObject().complaintClosed(execution));
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (!(scope instanceof ProcessDefinitionEntity)) {
        return;
      }
      if (isCase(scope)) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> facts.getObject().caseAccepted(execution));
      } else if (isProcess(scope, RESULT_ISSUE_PROCESS)) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> facts.getObject().resultReady(execution));
      } else if (isProcess(scope, COMPLAINT_PROCESS)) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> facts.getObject().complaintReceived(execution));
      }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      if (isProcess(scope, COMPLAINT_PROCESS) && "Task_ReviewComplaint".equals(activity.getId())) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
            delegate -> facts.getObject().complaintReviewDue(delegate));
      }
      if (task.getDueDateExpression() != null) {
        Matcher matcher = DEADLINE.matcher(task.getDueDateExpression().getExpressionText());
        if (matcher.find()) {
          String deadlineId = matcher.group(1);
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
              delegate -> facts.getObject().deadlineOpened(delegate, deadlineId));
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
              delegate -> facts.getObject().deadlineDone(delegate, deadlineId));
        }
      }
      if (activity.getId().startsWith("Task_IssueResult")) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
            delegate -> facts.getObject().resultHandedOut(delegate));
      }
    }

    @Override
    public void parseBoundaryTimerEventDefinition(Element timerEventDefinition, boolean interrupting,
        ActivityImpl timerActivity) {
      if (isProcess(timerActivity, COMPLAINT_PROCESS)) {
        timerActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) execution -> facts.getObject().complaintOverdue(execution));
        return;
      }
      Element timeDate = timerEventDefinition.element("timeDate");
      if (timeDate == null || timeDate.getText() == null) {
        return;
      }
      Matcher matcher = DEADLINE.matcher(timeDate.getText());
      if (matcher.find()) {
        String deadlineId = matcher.group(1);
        timerActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) execution -> facts.getObject().deadlineBreached(execution, deadlineId));
      }
    }
  }
}
