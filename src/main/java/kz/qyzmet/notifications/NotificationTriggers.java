package kz.qyzmet.notifications;

import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.directory.OfficeStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the applicant is told, through Camunda's Spring eventing (in the engine's transaction, so the outbox row and
 * the case step commit together): a hand-out step ({@code Task_Issue...}) is created for a case that has its result;
 * the uncollected result's transfer ({@code Task_TransferResult}) is created; a complaint is closed
 * ({@code Event_ComplaintClosed}).
 */
@Component
class NotificationTriggers {

  private final Notifications notifications;
  private final OfficeStore offices;

  NotificationTriggers(Notifications notifications, OfficeStore offices) {
    this.notifications = notifications;
    this.offices = offices;
  }

  @EventListener
  void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getTaskDefinitionKey() == null) {
      return;
    }
    DelegateExecution root = root(task.getExecution());
    if (task.getTaskDefinitionKey().startsWith("Task_Issue") && root.getVariable(CaseVariables.RESULT) != null) {
      String officeId = task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
              && link.getGroupId().contains("."))
          .map(link -> link.getGroupId().substring(0, link.getGroupId().lastIndexOf('.'))).findFirst()
          .orElse((String) root.getVariable(CaseVariables.INTAKE_OFFICE_ID));
      notifications.resultReady(root, officeId == null ? null : offices.find(officeId).orElse(null));
    } else if (task.getTaskDefinitionKey().equals("Task_TransferResult")) {
      notifications.resultTransferred(root);
    }
  }

  @EventListener
  void onExecution(DelegateExecution execution) {
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && "Event_ComplaintClosed".equals(execution.getCurrentActivityId())
        && execution.getProcessDefinitionId() != null && execution.getProcessDefinitionId().startsWith("complaint:")) {
      notifications.complaintAnswered(execution, execution.getProcessBusinessKey());
    }
  }

  private static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution current = execution.getProcessInstance();
    while (current.getSuperExecution() != null) {
      current = current.getSuperExecution().getProcessInstance();
    }
    return current;
  }
}
