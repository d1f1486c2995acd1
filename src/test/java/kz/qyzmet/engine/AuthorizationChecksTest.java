package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's lists (Tasklist's filters and the variables they show) are checked by row lookups, broad queries by
 * the engine's join; both keep a clerk to her office's tasks. A clerk's few groups go into the engine's authorization checks without the prefilter that read every distinct group
 * of the authorization table in each command; the checks answer as before: a group with a grant authorizes, a group
 * without any authorization does not, and a user of more than 50 groups keeps the engine's prefilter.
 */
@QyzmetTest
class AuthorizationChecksTest {

  static final String OFFICE_GROUP = "psc-aktobe-05.pscOperator"; // READ on every process definition (OfficeGroups)

  static final String CLERK = "khromtauoperator";

  @RegisterExtension static CaseDriver cases = CaseDriver.forStandard("S01");
  @Autowired ProcessEngine engine;
  final List<Authorization> revokes = new ArrayList<>();

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    revokes.forEach(revoke -> engine.getAuthorizationService().deleteAuthorization(revoke.getId()));
  }

  /**
   * Which form checked a list shows only where the two forms differ, on a REVOKE (the lookups read it, the join does
   * not); Qyzmet creates none (AuthorizationsTest), this test makes one for a moment. Before it, the office's filter
   * and the broad query list the same office tasks and no other office's; with it, the filter, its count and the
   * variables of the revoked task's case drop it, the broad query keeps it.
   */
  @Test
  void tasklistsFiltersAndTheirVariablesAreCheckedRowByRowBroadQueriesByTheJoin() {
    Task kept = handOverTask();
    Task revoked = handOverTask();
    Task elsewhere = cases.task(cases.apply(CaseDriver.S01_AT_ALMALY_CENTRE).path("businessKey").asText(),
        "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(elsewhere)).doesNotContain(OFFICE_GROUP);
    String filter = engine.getFilterService().createTaskFilterQuery().filterName(TasklistFilters.OFFICE_TASKS)
        .singleResult().getId();

    engine.getIdentityService().setAuthentication(CLERK, List.of(OFFICE_GROUP));
    assertThat(ids(engine.getFilterService().list(filter))).contains(kept.getId(), revoked.getId())
        .doesNotContain(elsewhere.getId());
    assertThat(ids(engine.getTaskService().createTaskQuery().list())).contains(kept.getId(), revoked.getId())
        .doesNotContain(elsewhere.getId());
    long counted = engine.getFilterService().count(filter);
    assertThat(variablesOf(revoked)).contains("caseNumber");
    engine.getIdentityService().clearAuthentication();

    revokeRead(Resources.TASK, revoked.getId());
    revokeRead(Resources.PROCESS_INSTANCE, revoked.getProcessInstanceId());
    engine.getIdentityService().setAuthentication(CLERK, List.of(OFFICE_GROUP));
    assertThat(ids(engine.getFilterService().list(filter))).contains(kept.getId()).doesNotContain(revoked.getId());
    assertThat(engine.getFilterService().count(filter)).isEqualTo(counted - 1);
    assertThat(variablesOf(revoked)).isEmpty();
    assertThat(variablesOf(kept)).contains("caseNumber");
    assertThat(ids(engine.getTaskService().createTaskQuery().list())).contains(kept.getId(), revoked.getId());
  }

  /** REVOKEs READ on the resource from the clerk (deleted after the test). */
  private void revokeRead(Resources resource, String id) {
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(CLERK);
    revoke.setResource(resource);
    revoke.setResourceId(id);
    revoke.removePermission(Permissions.READ);
    revokes.add(engine.getAuthorizationService().saveAuthorization(revoke));
  }

  private Task handOverTask() {
    Task task = cases.task(cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText(),
        "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(task)).contains(OFFICE_GROUP);
    return task;
  }

  /** The variables Tasklist shows for a task: those of its scopes, as its HAL list reads them. */
  private List<String> variablesOf(Task task) {
    return engine.getRuntimeService().createVariableInstanceQuery()
        .variableScopeIdIn(task.getId(), task.getExecutionId(), task.getProcessInstanceId())
        .variableNameIn("caseNumber", "applicantSurname").list().stream().map(v -> v.getName()).toList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  @Test
  void theEnginesCommandsCheckAClerksGroupsAsTheyAreWithTheSameAnswers() {
    var commands = commands();
    AuthorizationManager manager = commands.execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizationChecks.Manager.class);
    List<String> checked = commands.execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(List.of(OFFICE_GROUP, "no-such-office.pscOperator")));
    assertThat(checked).containsExactly(OFFICE_GROUP, "no-such-office.pscOperator");

    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("someclerk", List.of("no-such-office.pscOperator", OFFICE_GROUP),
        Permissions.READ, Resources.PROCESS_DEFINITION, "S01")).isTrue();
    assertThat(authorizations.isUserAuthorized("someclerk", List.of("no-such-office.pscOperator"),
        Permissions.READ, Resources.PROCESS_DEFINITION, "S01")).isFalse();
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  @Test
  void aUserOfManyGroupsKeepsTheEnginesPrefilter() {
    List<String> groups = new ArrayList<>(IntStream.range(0, AuthorizationChecks.PREFILTER_ABOVE_GROUPS)
        .mapToObj(i -> "no-such-office-" + i + ".pscOperator").toList());
    groups.add(OFFICE_GROUP);
    var commands = commands();
    List<String> checked = commands.execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(groups));
    assertThat(checked).containsExactly(OFFICE_GROUP);
    assertThat(engine.getAuthorizationService().isUserAuthorized("someclerk", groups, Permissions.READ,
        Resources.PROCESS_DEFINITION, "S01")).isTrue();
  }
}
