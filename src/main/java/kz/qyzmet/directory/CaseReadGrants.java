package kz.qyzmet.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior; // engine-internal: the parsed user task's definition, to add a built-in task listener
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener; // engine-internal: parse listeners are the engine's only hook to add listeners to every deployed diagram
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener; // engine-internal: the parse listener list of the configuration
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans)
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.context.Context; // engine-internal: the running command (its cache, its authorization switch)
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager; // engine-internal: the running command's entity cache
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity; // engine-internal: the history of an instance started in this command, not written yet
import org.camunda.bpm.engine.impl.interceptor.CommandContext; // engine-internal: the running command
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity; // engine-internal: a grant with its root process instance and removal time, which the public API cannot set
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity; // engine-internal: the execution's root process instance
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity; // engine-internal: the parsed process's key, handed to parse listeners
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl; // engine-internal: the parsed activity parse listeners receive
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl; // engine-internal: the parsed scope parse listeners receive
import org.camunda.bpm.engine.impl.util.xml.Element; // engine-internal: the parsed XML element parse listeners receive
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Office scope of reading: a case is read (runtime and history: Cockpit, the engine's history REST API, the case
 * status of the intake API) by the offices that work on it and the regional bodies of their region, and by no one
 * else (the quality manager and the administrators read everything by their own grants). Nobody holds READ_HISTORY or
 * READ_INSTANCE on all process definitions for that; instead each case grants READ on its process instance and on
 * its historic process instance ({@code enableHistoricInstancePermissions}) to every group of
 * <ul>
 *   <li>the office that took the application ({@code intakeOfficeId}), when the case starts, and</li>
 *   <li>each office whose group becomes a task's candidate group, when the task is created,</li>
 * </ul>
 * and to every group of the regional bodies (committee's territorial body, regional employment department, regional
 * akimat) of those offices' region. READ is granted on the task's process instance and on the case (its root process
 * instance); READ on the history on the case only: a called building block's history is read through its case (the
 * case status reads the blocks of a case its caller may read; the block's tasks keep the engine's own historic task
 * grants), which saves six rows per block and case (issue 21, README Benchmarks). Built-in listeners, added to every
 * diagram by a parse listener, so no diagram can forget them. A grant on a case's history names the case as its root
 * process instance and gets its history's removal time, so history cleanup removes it with the history; the
 * engine's first start on a database repairs grants made before they did
 * ({@link #repairHistoryGrants(ProcessEngine)}).
 */
@Component
public class CaseReadGrants extends AbstractProcessEnginePlugin {

  static final Set<OfficeKind> REGIONAL = Set.of(OfficeKind.ccspBody, OfficeKind.regionalEmploymentDept,
      OfficeKind.regionalAkimat);

  private static final Logger log = LoggerFactory.getLogger(CaseReadGrants.class);

  private final ObjectProvider<OfficeRouter> offices;
  private final StandardsCatalogue catalogue;

  public CaseReadGrants(ObjectProvider<OfficeRouter> offices, StandardsCatalogue catalogue) {
    this.offices = offices;
    this.catalogue = catalogue;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableHistoricInstancePermissions(true);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        if (catalogue.find(process.getKey()).isPresent()) {
          // After the intake's own start listener (a pre-parse listener's): intakeOfficeId is set by then.
          process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              (ExecutionListener) execution -> onCaseStart(execution));
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> onTaskCreated(task));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /**
   * The engine property ({@code ACT_GE_PROPERTY}) that says the grants of earlier versions were repaired on this
   * database, with the moment it was done. The repair's two statements read the whole grant table (1.8 s at every
   * start with 100,000 open cases, issue 21), so a database is repaired once.
   */
  static final String HISTORY_GRANTS_ROOTED = "qyzmet.historyGrantsRooted";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var management = engine.getManagementService();
    if (management.getProperties().containsKey(HISTORY_GRANTS_ROOTED)) {
      return;
    }
    try {
      int[] repaired = repairHistoryGrants(engine);
      if (repaired[0] + repaired[1] > 0) {
        log.info("Read grants on case histories made before they named their case: {} given the case as root, {} "
            + "of histories already removed deleted", repaired[0], repaired[1]);
      }
      management.setProperty(HISTORY_GRANTS_ROOTED, Instant.now().toString());
    } catch (SQLException | ProcessEngineException e) { // another node repairing or writing the property meanwhile
      log.warn("Read grants on case histories not repaired or not marked repaired: {}", e.getMessage());
    }
  }

  /**
   * Grants on a case's history made before they named their case as root (they had no root and no removal time, so
   * history cleanup left them): the case becomes their root with its history's removal time; those whose history is
   * gone already are deleted. Returns both counts; nothing to do on a database without such grants.
   */
  static int[] repairHistoryGrants(ProcessEngine engine) throws SQLException {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    String grants = prefix + "ACT_RU_AUTHORIZATION";
    String history = prefix + "ACT_HI_PROCINST";
    String ofEarlierVersions = " where RESOURCE_TYPE_ = " + Resources.HISTORIC_PROCESS_INSTANCE.resourceType()
        + " and ROOT_PROC_INST_ID_ is null and RESOURCE_ID_ <> '" + Authorization.ANY + "'";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      int rooted = statement.executeUpdate("update " + grants + " set ROOT_PROC_INST_ID_ = RESOURCE_ID_,"
          + " REMOVAL_TIME_ = (select H.REMOVAL_TIME_ from " + history + " H where H.ID_ = " + grants + ".RESOURCE_ID_)"
          + ofEarlierVersions + " and exists (select 1 from " + history + " H where H.ID_ = " + grants
          + ".RESOURCE_ID_ and H.ROOT_PROC_INST_ID_ = H.ID_)");
      int deleted = statement.executeUpdate("delete from " + grants + ofEarlierVersions + " and not exists (select 1"
          + " from " + history + " H where H.ID_ = " + grants + ".RESOURCE_ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return new int[] {rooted, deleted};
    }
  }

  private void onCaseStart(DelegateExecution execution) {
    Object office = execution.getVariable(kz.qyzmet.cases.CaseVariables.INTAKE_OFFICE_ID);
    if (office != null) {
      grant(execution, List.of(String.valueOf(office)));
    }
  }

  private void onTaskCreated(DelegateTask task) {
    List<String> officeIds = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).filter(group -> group.indexOf('.') > 0)
        .map(group -> group.substring(0, group.lastIndexOf('.'))).distinct().toList();
    if (!officeIds.isEmpty() && task.getExecution() != null) {
      grant(task.getExecution(), officeIds);
    }
  }

  /** Every group of the offices and of their regions' bodies may read the execution's instance and its case. */
  private void grant(DelegateExecution execution, List<String> officeIds) {
    OfficeRouter router = offices.getObject();
    Set<String> groups = new LinkedHashSet<>();
    for (String officeId : officeIds) {
      router.find(officeId).ifPresent(office -> {
        OfficeRole.of(office.kind()).forEach(role -> groups.add(role.group(office.id())));
        router.inRegion(office.region()).stream().filter(body -> REGIONAL.contains(body.kind()))
            .forEach(body -> OfficeRole.of(body.kind()).forEach(role -> groups.add(role.group(body.id()))));
      });
    }
    Set<String> instances = new LinkedHashSet<>();
    instances.add(execution.getProcessInstanceId());
    String caseInstance = execution instanceof ExecutionEntity entity && entity.getRootProcessInstanceId() != null
        ? entity.getRootProcessInstanceId() : execution.getProcessInstanceId();
    instances.add(caseInstance);
    // The grants follow from the case, not from a user's decision: no user operation log rows for them (six per
    // grant when a user is signed in, 72 for an S01 case at the intake; README, Benchmarks), and no user's
    // authorization check.
    var engine = execution.getProcessEngineServices();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String instance : instances) {
        grant(engine, groups, Resources.PROCESS_INSTANCE, instance, Permissions.READ, null);
        if (instance.equals(caseInstance)) {
          grant(engine, groups, Resources.HISTORIC_PROCESS_INSTANCE, instance,
              HistoricProcessInstancePermissions.READ, caseInstance);
        }
      }
      return null;
    });
  }

  /**
   * Grants {@code permission} on the instance to each group that holds no authorization on it yet: one query for all
   * groups (none for an instance this command created, which nobody can hold a grant on but this command), the
   * grants of this command found in the engine's entity cache, which holds them until the flush.
   *
   * <p>A grant on a case's history names the case as its root process instance, as the engine's own grants on a
   * task's history do, so that the engine gives it the history's removal time when the case ends and history cleanup
   * removes it with the history. (The engine's {@code saveAuthorization} looks the root up in the database, where a
   * case started in this command is not yet: its grants had no root and outlived the history.)
   */
  private static void grant(ProcessEngineServices engine, Set<String> groups, Resource resource, String id,
      Permission permission, String rootProcessInstanceId) {
    CommandContext command = Context.getCommandContext();
    DbEntityManager db = command.getDbEntityManager();
    Set<String> missing = new LinkedHashSet<>(groups);
    db.getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> id.equals(a.getResourceId()) && a.getResourceType() == resource.resourceType())
        .forEach(a -> missing.remove(a.getGroupId()));
    ExecutionEntity instance = db.getCachedEntity(ExecutionEntity.class, id);
    boolean createdNow = instance != null && db.getDbEntityCache().isTransient(instance);
    if (!missing.isEmpty() && !createdNow) {
      engine.getAuthorizationService().createAuthorizationQuery().resourceType(resource).resourceId(id)
          .groupIdIn(missing.toArray(String[]::new)).list().forEach(a -> missing.remove(a.getGroupId()));
    }
    if (missing.isEmpty()) {
      return;
    }
    Date removalTime = null; // the case's, if it has one yet (on the engine's default strategy: from its end)
    if (rootProcessInstanceId != null) {
      HistoricProcessInstanceEventEntity started = db.getCachedEntity(HistoricProcessInstanceEventEntity.class,
          rootProcessInstanceId);
      if (started != null) {
        removalTime = started.getRemovalTime();
      } else if (!createdNow) {
        HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(rootProcessInstanceId).singleResult();
        removalTime = history == null ? null : history.getRemovalTime();
      }
    }
    for (String group : missing) {
      AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(id);
      authorization.addPermission(permission);
      authorization.setRootProcessInstanceId(rootProcessInstanceId);
      authorization.setRemovalTime(removalTime);
      command.getAuthorizationManager().insert(authorization);
    }
  }
}
