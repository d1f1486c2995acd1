package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine writes what it wrote before with {@link EngineWrites}: a new task's candidate group gets the engine's
 * grants (READ and TASK_WORK, application.yaml), a group added to an existing task gets its permissions added to the grant it holds, and a row whose id is
 * reserved is refused with the engine's own message. History events are not published as Spring events (no listener).
 */
@QyzmetTest
class EngineWritesTest {

  @RegisterExtension static CaseDriver cases = CaseDriver.forStandard("S01");
  @Autowired ProcessEngine engine;

  @Test
  void aNewTasksCandidateGroupGetsTheEnginesGrants() {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    Task handover = cases.task(key, "Task_HandOverToBranch");

    Authorization onTask = grant(Resources.TASK, handover.getId(), "psc-aktobe-05.pscOperator");
    assertThat(onTask.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(onTask.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue(); // application.yaml, not UPDATE
    assertThat(onTask.isPermissionGranted(Permissions.UPDATE)).isFalse();
    Authorization onHistory = grant(Resources.HISTORIC_TASK, handover.getId(), "psc-aktobe-05.pscOperator");
    assertThat(onHistory.isPermissionGranted(HistoricTaskPermissions.READ)).isTrue();
    assertThat(onHistory.getRootProcessInstanceId()).as("the case, root of the hand-over block")
        .isEqualTo(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .processDefinitionKey("S01").singleResult().getId());
  }

  @Test
  void aGroupAddedToAnExistingTaskHasItsGrantCompleted() {
    Task task = engine.getTaskService().newTask();
    engine.getTaskService().saveTask(task);
    try {
      Authorization readOnly = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      readOnly.setGroupId("psc-aktobe-05.pscHead");
      readOnly.setResource(Resources.TASK);
      readOnly.setResourceId(task.getId());
      readOnly.addPermission(Permissions.READ);
      engine.getAuthorizationService().saveAuthorization(readOnly);

      engine.getTaskService().addCandidateGroup(task.getId(), "psc-aktobe-05.pscHead");

      List<Authorization> grants = engine.getAuthorizationService().createAuthorizationQuery()
          .resourceType(Resources.TASK).resourceId(task.getId()).groupIdIn("psc-aktobe-05.pscHead").list();
      assertThat(grants).as("the grant it held, completed: no second row").hasSize(1);
      assertThat(grants.get(0).getId()).isEqualTo(readOnly.getId());
      assertThat(grants.get(0).isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    } finally {
      engine.getTaskService().deleteTask(task.getId(), true);
      engine.getAuthorizationService().createAuthorizationQuery().resourceId(task.getId()).list()
          .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
    }
  }

  @Test
  void aRowWithTheReservedIdIsRefusedWithTheEnginesMessage() {
    Task task = engine.getTaskService().newTask("*");
    assertThatThrownBy(() -> engine.getTaskService().saveTask(task)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("has an invalid id").hasMessageContaining("* is a reserved identifier");
    assertThat(engine.getTaskService().createTaskQuery().taskId("*").count()).isZero();
  }

  @Test
  void historyEventsAreNotPublishedAsSpringEventsNobodyListensTo() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomHistoryEventHandlers()).noneMatch(handler -> handler.getClass().getSimpleName()
        .equals("PublishHistoryEventHandler"));
  }

  private Authorization grant(Resources resource, String id, String group) {
    List<Authorization> grants = engine.getAuthorizationService().createAuthorizationQuery().resourceType(resource)
        .resourceId(id).groupIdIn(group).list();
    assertThat(grants).as(resource + " " + group).hasSize(1);
    return grants.get(0);
  }
}
