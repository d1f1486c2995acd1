package kz.qyzmet.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.springframework.stereotype.Component;

/**
 * Every user task that shows a Camunda Form checks the form's rules again when it is completed (see {@link FormRules}):
 * a completion with a missing or invalid value is rejected and nothing is written. Added once, for every diagram, by
 * a parse listener; the form is read from the task's own deployment.
 */
@Component
public class ServerSideFormValidation extends AbstractProcessEnginePlugin {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, FormRules> rules = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new java.util.ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (task.getCamundaFormDefinitionKey() != null) {
          task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate ->
              validate(delegate, String.valueOf(task.getCamundaFormDefinitionKey().getValue(delegate))));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  void validate(DelegateTask task, String formId) {
    ProcessDefinitionEntity definition = (ProcessDefinitionEntity) task.getProcessEngineServices()
        .getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
    FormRules formRules = rules.computeIfAbsent(definition.getDeploymentId() + "/" + formId,
        key -> load(task.getProcessEngineServices().getRepositoryService(), definition.getDeploymentId(),
            formId));
    List<FormRules.Violation> violations = formRules.check(task::getVariable);
    if (!violations.isEmpty()) {
      throw new FormValidationException(violations);
    }
  }

  private FormRules load(RepositoryService repository, String deploymentId, String formId) {
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        var schema = json.readTree(in);
        if (formId.equals(schema.path("id").asText())) {
          return new FormRules(schema);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read form " + resource, e);
      }
    }
    throw new IllegalStateException("Form '" + formId + "' is not in deployment " + deploymentId);
  }
}
