package kz.qyzmet.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.cases.CaseVariables;
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
 * The Tasklist filters every clerk sees: the tasks of her own office's groups earliest deadline first, those of them
 * that are overdue and those due today, and the tasks she has claimed. Each row shows the case number, the
 * applicant's name and the standard's code ({@link #ROW_VARIABLES}, variables every case and every building block
 * holds, see BuildingBlockVariables.CASE_CONTEXT) next to the due date that Tasklist shows anyway. Created at the
 * first start and brought up to date at every start (same id, so grants stay), readable by every user.
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

  public static final String OFFICE_TASKS = "Кеңсемнің тапсырмалары";
  public static final String OVERDUE = "Мерзімі өткен";
  public static final String DUE_TODAY = "Бүгін мерзімі бітетін";
  public static final String MY_TASKS = "Менің тапсырмаларым";

  /** The variables shown on every row of the list: name and its Kazakh label. */
  public static final Map<String, String> ROW_VARIABLES = rowVariables();

  private static Map<String, String> rowVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put(CaseVariables.CASE_NUMBER, "Өтініш нөмірі");
    variables.put(CaseVariables.APPLICANT_SURNAME, "Тегі");
    variables.put(CaseVariables.APPLICANT_NAME, "Аты");
    variables.put(CaseVariables.STANDARD, "Стандарт");
    return variables;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    save(engine, OFFICE_TASKS, "Менің топтарыма түскен тапсырмалар, мерзімі жақындары бірінші", -10,
        officeTasks(engine));
    save(engine, OVERDUE, "Менің топтарымның мерзімі өтіп кеткен тапсырмалары", -9,
        officeTasks(engine).dueBeforeExpression("${now()}"));
    save(engine, DUE_TODAY, "Менің топтарымның бүгін мерзімі бітетін тапсырмалары", -8,
        officeTasks(engine).dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay().toDate()}"));
    save(engine, MY_TASKS, "Маған тағайындалған тапсырмалар, мерзімі жақындары бірінші", 0,
        engine.getTaskService().createTaskQuery()
            .taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc());
  }

  private static TaskQuery officeTasks(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .orderByDueDate().asc();
  }

  private static void save(ProcessEngine engine, String name, String description, int priority, TaskQuery query) {
    FilterService filters = engine.getFilterService();
    Filter existing = filters.createTaskFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filters.newTaskFilter(name);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", ROW_VARIABLES.entrySet().stream()
        .map(variable -> Map.of("name", variable.getKey(), "label", variable.getValue())).toList());
    filter.setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
    if (existing != null) {
      return;
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyone.setUserId(ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }

  /** The names of the filters, in Tasklist's order. */
  public static List<String> names() {
    return List.of(OFFICE_TASKS, OVERDUE, DUE_TODAY, MY_TASKS);
  }
}
