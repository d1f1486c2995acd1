package kz.qyzmet.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior; // engine-internal: the parsed user task's definition, to wrap its form handler; no public parse API
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: the engine's BPMN parse hook; no public counterpart
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse; // engine-internal: part of the parse listener plugin point
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.camunda.bpm.engine.impl.context.Context; // engine-internal: the running command (deployment cache, resources, authorization) has no public API
import org.camunda.bpm.engine.impl.form.handler.FormHandler; // engine-internal: what the start and task form handlers share; no public hook
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler; // engine-internal: the form handler the engine calls on start-form submit; no public hook
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler; // engine-internal: the form handler the engine calls on task-form submit; no public hook
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity; // engine-internal: part of the form handler's signature
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity; // engine-internal: the deployed definition with its parsed handlers; the public ProcessDefinition lacks them
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity; // engine-internal: the task's definition (due date expression) is not on the public Task
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl; // engine-internal: part of the parse listener's signature
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl; // engine-internal: part of the parse listener's signature
import org.camunda.bpm.engine.impl.task.TaskDefinition; // engine-internal: the user task's definition (form handler, due date expression); no public API
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: part of the parse listener's signature
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task that shows a Camunda Form checks the form's rules again when it is completed (see {@link FormRules}):
 * a completion with a missing or invalid value is rejected and nothing is written. Added once, for every diagram, by
 * a parse listener; the form is read from the task's own deployment.
 */
@Component
public class ServerSideFormValidation extends AbstractProcessEnginePlugin {

  private final Map<String, FormRules> rules = new ConcurrentHashMap<>();
  /** Rules beyond the schema's (looked up when used: the checks may depend on beans that need the engine). */
  private final ObjectProvider<FormCheck> checks;

  public ServerSideFormValidation(ObjectProvider<FormCheck> checks) {
    this.checks = checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        var startForm = process.getStartFormDefinition();
        if (process.getStartFormHandler() != null && startForm != null
            && startForm.getCamundaFormDefinitionKey() != null) {
          process.setStartFormHandler(new CheckingStartFormHandler(process.getStartFormHandler(),
              startFormCheck(startForm.getCamundaFormDefinitionKey().getExpressionText())));
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (task.getCamundaFormDefinitionKey() != null) {
          // Tasklist submits the form (FormService.submitTaskForm): checked before anything is written, and the
          // clerk gets a 400 with the message. Any other completion (TaskService.complete) is checked by the listener.
          task.setTaskFormHandler(new CheckingTaskFormHandler(task.getTaskFormHandler(), taskFormCheck(task)));
          // A built-in listener runs before the diagram's own: they work on checked values only.
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate ->
              validate(delegate, String.valueOf(task.getCamundaFormDefinitionKey().getValue(delegate))));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The rules that values submitted through a form break. */
  @FunctionalInterface
  private interface SubmitCheck {
    List<FormRules.Violation> violations(VariableMap submitted, VariableScope scope);
  }

  /**
   * The engine's own form handler, but the submitted values are checked first: a refusal is a 400 naming the field,
   * and the handler writes nothing.
   */
  private abstract static class CheckingFormHandler<H extends FormHandler> implements FormHandler {
    final H delegate;
    private final SubmitCheck check;

    CheckingFormHandler(H delegate, SubmitCheck check) {
      this.delegate = delegate;
      this.check = check;
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity process,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, process, parse);
    }

    @Override
    public void submitFormVariables(VariableMap submitted, VariableScope scope) {
      refuseIfAny(check.violations(submitted, scope));
      delegate.submitFormVariables(submitted, scope);
    }
  }

  private static final class CheckingTaskFormHandler extends CheckingFormHandler<TaskFormHandler>
      implements TaskFormHandler {
    CheckingTaskFormHandler(TaskFormHandler delegate, SubmitCheck check) {
      super(delegate, check);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }
  }

  private static final class CheckingStartFormHandler extends CheckingFormHandler<StartFormHandler>
      implements StartFormHandler {
    CheckingStartFormHandler(StartFormHandler delegate, SubmitCheck check) {
      super(delegate, check);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity process) {
      return delegate.createStartFormData(process);
    }
  }

  /** Checks the submitted values (and those the task already has) before the form handler writes them. */
  private SubmitCheck taskFormCheck(TaskDefinition definition) {
    return (submitted, scope) -> {
      if (!(scope instanceof TaskEntity task)) {
        return List.of();
      }
      String formId = String.valueOf(definition.getCamundaFormDefinitionKey().getValue(task));
      return violations(task, formId, key -> submitted.containsKey(key) ? submitted.get(key) : task.getVariable(key));
    };
  }

  /**
   * A start form (Tasklist's start dialog, FormService.submitStartForm) is checked by the {@link FormCheck}s of its
   * form before the case is created: a refusal is a 400 naming the field. The schema's own rules of a start form are
   * left to the start listeners (the standards' intake checks every field of an application).
   */
  private SubmitCheck startFormCheck(String formId) {
    return (submitted, scope) -> {
      List<FormRules.Violation> violations = new ArrayList<>();
      checks.orderedStream().filter(check -> check.appliesTo(formId))
          .forEach(check -> violations.addAll(check.check(formId, submitted::get, scope)));
      return violations;
    };
  }

  private static void refuseIfAny(List<FormRules.Violation> violations) {
    if (!violations.isEmpty()) {
      throw new FormValidationException(violations);
    }
  }

  void validate(DelegateTask task, String formId) {
    refuseIfAny(violations(task, formId, task::getVariable));
  }

  /** The schema's rules, then those of every {@link FormCheck} for this form. */
  private List<FormRules.Violation> violations(DelegateTask task, String formId,
      Function<String, Object> values) {
    List<FormRules.Violation> violations = new ArrayList<>(rules(task, formId).check(values));
    checks.orderedStream().filter(check -> check.appliesTo(formId))
        .forEach(check -> violations.addAll(check.check(formId, values, task)));
    return violations;
  }

  /**
   * The rules of the task's own form. Reading the form's definition is the engine's business, not the clerk's: it runs
   * without the clerk's authorizations (a clerk may work a task without READ on its deployment).
   */
  private FormRules rules(DelegateTask task, String formId) {
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
      ProcessDefinitionEntity definition =
          (ProcessDefinitionEntity) repository.getProcessDefinition(task.getProcessDefinitionId());
      return rules.computeIfAbsent(definition.getDeploymentId() + "/" + formId,
          key -> load(repository, definition.getDeploymentId(), formId));
    });
  }

  private static FormRules load(RepositoryService repository, String deploymentId, String formId) {
    return DeployedForms.schema(repository, deploymentId, formId).map(FormRules::new).orElseThrow(
        () -> new IllegalStateException("Form '" + formId + "' is not in deployment " + deploymentId));
  }
}
