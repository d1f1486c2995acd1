package kz.qyzmet.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point
import org.camunda.bpm.engine.impl.cfg.IdGenerator; // engine-internal: the engine's id generator the entity manager takes
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: session factories and the authorization provider are set here
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider; // engine-internal: the engine's default grants, extended (resourceAuthorizationProvider)
import org.camunda.bpm.engine.impl.context.Context; // engine-internal: the running command's cache
import org.camunda.bpm.engine.impl.db.DbEntity; // engine-internal: the row the entity manager inserts
import org.camunda.bpm.engine.impl.db.PersistenceSession; // engine-internal: the entity manager's session
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager; // engine-internal: the entity manager, extended
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory; // engine-internal: its factory (a session factory)
import org.camunda.bpm.engine.impl.interceptor.SessionFactory; // engine-internal: customSessionFactories
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity; // engine-internal: the provider's return type
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity; // engine-internal: the task in the command's cache
import org.springframework.stereotype.Component;

/**
 * Two of the engine's steps on every row it writes, made without work whose result is known in advance; what the
 * engine writes and checks stays the same. Measured on the timer storm (issue 21, README Benchmarks: a fired deadline
 * timer writes about 48 rows):
 *
 * <p><b>The id check of a new row.</b> Before it inserts a row the engine checks that its id is neither missing nor
 * {@code '*'}, and builds the error message of that check first, with the whole row printed into it (dates
 * formatted, every field): 7.5 % of a job thread's CPU in a storm, for a message that is never shown. Here the message
 * is built only when the id is invalid, by the engine's own check, so the error stays the engine's.
 *
 * <p><b>The candidate group's grant on a task made in this command.</b> When a task gets a candidate group, the
 * engine grants the group READ and the task permission of application.yaml (TASK_WORK) on the task, and READ on its
 * history, and first looks in the database for a grant of that group on that task to add to: two queries per
 * candidate group, 5 % of a storm's job threads. A task created in the same command has an id nobody else has
 * seen; no row in the database can name it, and a grant this command made already is found in the command's cache
 * by the engine as before. Tasks made earlier keep the lookup.
 */
@Component
public class EngineWrites extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new RowWriterFactory());
    configuration.setCustomSessionFactories(factories);
    configuration.setResourceAuthorizationProvider(new NewTaskGrants());
  }

  /** The engine's entity manager factory (same session type), making {@link RowWriter}s. */
  static class RowWriterFactory extends DbEntityManagerFactory {

    RowWriterFactory() {
      super(null); // the engine's id generator is read when a session opens: it does not exist before init
    }

    @Override
    public DbEntityManager openSession() {
      return new RowWriter(Context.getProcessEngineConfiguration().getIdGenerator(),
          Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  /** The engine's entity manager; a valid id is accepted without the message of the failed check. */
  static class RowWriter extends DbEntityManager {

    RowWriter(IdGenerator ids, PersistenceSession session) {
      super(ids, session);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity); // the engine's error, message and all
      }
    }
  }

  /** The engine's default grants; no lookup of earlier grants on a task this command created. */
  static class NewTaskGrants extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
      return createdInThisCommand(resource, resourceId) ? null
          : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
      return createdInThisCommand(resource, resourceId) ? null
          : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    /** A task (or its history, which has the task's id) that exists only in this command's cache, not yet written. */
    static boolean createdInThisCommand(Resource resource, String taskId) {
      if (taskId == null || (resource.resourceType() != Resources.TASK.resourceType()
          && resource.resourceType() != Resources.HISTORIC_TASK.resourceType())) {
        return false;
      }
      DbEntityManager db = Context.getCommandContext().getDbEntityManager();
      TaskEntity task = db.getCachedEntity(TaskEntity.class, taskId);
      return task != null && db.getDbEntityCache().isTransient(task);
    }
  }
}
