package kz.qyzmet.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior; // engine-internal: the parsed user task's definition, to add a built-in task listener
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: parse listeners are the engine's only hook to add listeners to every deployed diagram
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener; // engine-internal: the parse listener list of the configuration
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans)
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl; // engine-internal: the parsed activity parse listeners receive
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl; // engine-internal: the parsed scope parse listeners receive
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: the parsed XML element parse listeners receive
import org.springframework.stereotype.Component;

/**
 * A clerk takes a task for herself only. Her office's groups hold TASK_WORK on the task, which lets her claim it; the
 * engine's claim takes any user id, so without this check she could put the task in another office's clerk's list
 * (who then gets the task's permissions). An assignment made by a signed-in user names that user, unless the user is
 * an administrator; the engine's own assignments (no one signed in) are untouched. Refused with the engine's
 * AuthorizationException, which its REST API answers with 403. A built-in task listener added by a parse listener, as
 * {@code kz.qyzmet.directory.CaseReadGrants} does (engine-internal parse API: Camunda 7 has no public hook on every
 * user task).
 */
@Component
public class OwnClaimOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, OwnClaimOnly::check);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void check(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String assignee = task.getAssignee();
    if (authentication == null || authentication.getUserId() == null || assignee == null
        || assignee.equals(authentication.getUserId())
        || (authentication.getGroupIds() != null && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      return;
    }
    throw new AuthorizationException(authentication.getUserId(), "TASK_ASSIGN", "Task", task.getId());
  }
}
