package kz.qyzmet.documents;

import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one listener where a result is handed out, through Camunda's Spring eventing ({@code camunda.bpm.eventing.task}
 * and {@code .execution}: synchronous, in the engine's transaction):
 * <ul>
 *   <li>a user task whose id starts with {@code Task_Issue} (the result-issue building block's
 *       {@code Task_IssueResult}, S08's and S11's, S09's {@code Task_IssueSic}, S07's
 *       {@code Task_IssueInheritanceCertificate}, ...) gets the case's result document when it is created, if the
 *       case has its result by then, and its form shows the link to print it;</li>
 *   <li>a standard's case reaching an end event gets its result document if it has none yet: the steps that decide
 *       and hand out at once (S12's certificate, S13's referral, S07's automated certificate) set the result on
 *       their way out.</li>
 * </ul>
 * A document is issued once per case, kind and language; a rendering error rolls the step back.
 */
@Component
class ResultHandOut {

  static final String HAND_OUT_PREFIX = "Task_Issue";

  private final Documents documents;
  private final StandardsCatalogue catalogue;

  ResultHandOut(Documents documents, StandardsCatalogue catalogue) {
    this.documents = documents;
    this.catalogue = catalogue;
  }

  @EventListener
  void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getTaskDefinitionKey() != null
        && task.getTaskDefinitionKey().startsWith(HAND_OUT_PREFIX)) {
      documents.issueResult(task);
    }
  }

  @EventListener
  void onExecution(DelegateExecution execution) {
    // Every execution event of every process comes here: the cheap tests first (the super execution may be a
    // database read, the model element a look-up in the model; a timer storm paid both for each building block's end).
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && catalogue.find(processKey(execution)).isPresent()
        && execution.getSuperExecution() == null
        && execution.getBpmnModelElementInstance() instanceof EndEvent) {
      documents.issueResult(execution, null);
    }
  }

  private static String processKey(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }
}
