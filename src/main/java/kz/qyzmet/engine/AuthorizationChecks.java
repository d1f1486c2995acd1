package kz.qyzmet.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.TaskQueryImpl; // engine-internal: the task query the authorization manager configures
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl; // engine-internal: the variable query the authorization manager configures
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.interceptor.Session; // engine-internal: a session the custom session factory opens
import org.camunda.bpm.engine.impl.interceptor.SessionFactory; // engine-internal: customSessionFactories
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager; // engine-internal: the engine's authorization checks, extended
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks, shaped for office work. Two changes to the engine's {@link AuthorizationManager},
 * nothing else of it altered:
 *
 * <p><b>No group prefilter for users of a few groups.</b> Before it checks authorizations, every command of a
 * signed-in user reads the ids of all groups that hold any authorization ({@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}) and keeps only the user's groups among them, so that the checks' {@code GROUP_ID_ in (...)}
 * lists stay short for users of hundreds of groups. Qyzmet's table holds a GRANT per open task and candidate group
 * and the read grants of every case (README, Benchmarks): the distinct scan reads all of them, once per command, and
 * one Tasklist request runs about six commands: profiled on the benchmark, 61 % of the samples of Tasklist's own
 * request (issue 21; camunda-bpm-platform issue 5485; the engine's successors made the prefilter optional the same
 * way). A clerk has two or three groups: they go into the checks as they are. The checks find the same rows, since a
 * group without any authorization matches none; above {@link #PREFILTER_ABOVE_GROUPS} groups the prefilter stays.
 *
 * <p><b>Row lookups for the lists that name their rows.</b> The engine writes a list query's check in one of two
 * forms. The join form ({@code authorization-check-revokes: never}, application.yaml) joins the rows with every GRANT
 * of the user's groups on {@code RESOURCE_ID_ IN (row, definition key, '*')}, which PostgreSQL can only run as a
 * nested loop over all pairs: a clerk's office list compares each of its 254 tasks with each of the office's 254 task
 * grants, its variables 60 x 1,270, growing with the square of the office's backlog (100,000 open cases; README,
 * Benchmarks). The lookup form (the engine's form when REVOKEs are checked) looks each row's grants up by the
 * authorization table's unique key, a few index probes per row. Lookups are right for the lists Tasklist shows, which
 * name their rows (a candidate group or user, an assignee, task or instance ids; variables by their scopes); the join
 * stays for broad queries (every task, every instance of a definition in Cockpit), where lookups would probe
 * 100,000 rows. Both forms find the same rows while no REVOKE exists, and Qyzmet creates none (AuthorizationsTest).
 */
@Component
public class AuthorizationChecks extends AbstractProcessEnginePlugin {

  /** Users of more groups than this keep the engine's prefilter (short IN lists). */
  static final int PREFILTER_ABOVE_GROUPS = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class; // replaces the engine's factory of the same session type
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager: the prefilter skipped for a few groups, row lookups for named rows. */
  static class Manager extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      if (namesItsRows(query)) {
        query.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
      }
    }

    @Override
    protected void configureVariableInstanceQuery(VariableInstanceQueryImpl query) {
      super.configureVariableInstanceQuery(query);
      if (any(query.getVariableScopeIds()) || any(query.getTaskIds()) || any(query.getExecutionIds())
          || any(query.getProcessInstanceIds()) || any(query.getActivityInstanceIds())) {
        query.getAuthCheck().setRevokeAuthorizationCheckEnabled(true);
      }
    }

    /** A task list narrowed by whose work it is or by ids, as every Tasklist filter is. */
    static boolean namesItsRows(TaskQueryImpl query) {
      return query.getCandidateGroup() != null || any(query.getCandidateGroupsInternal())
          || query.getCandidateUser() != null || query.getAssignee() != null || any(query.getAssigneeIn())
          || query.getTaskId() != null || any(query.getTaskIdIn())
          || query.getProcessInstanceId() != null || any(query.getProcessInstanceIdIn());
    }

    private static boolean any(Object[] values) {
      return values != null && values.length > 0;
    }

    private static boolean any(Collection<?> values) {
      return values != null && !values.isEmpty();
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() > PREFILTER_ABOVE_GROUPS) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
          .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
  }
}
