package kz.qyzmet.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every clerk sees: the tasks of her own office's groups, earliest deadline first, and the tasks
 * she has claimed. Created once, readable by every user.
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

  public static final String OFFICE_TASKS = "Кеңсемнің тапсырмалары";
  public static final String MY_TASKS = "Менің тапсырмаларым";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    create(engine, OFFICE_TASKS, "Менің топтарыма түскен тапсырмалар, мерзімі жақындары бірінші", -10,
        engine.getTaskService().createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate().asc());
    create(engine, MY_TASKS, "Маған тағайындалған тапсырмалар", 0,
        engine.getTaskService().createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc());
  }

  private static void create(ProcessEngine engine, String name, String description, int priority, TaskQuery query) {
    FilterService filters = engine.getFilterService();
    if (filters.createTaskFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);

    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyone.setUserId(ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
