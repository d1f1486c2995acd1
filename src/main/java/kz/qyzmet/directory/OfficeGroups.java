package kz.qyzmet.directory;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.cases.EngineCommands;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * A Camunda group for every office and role ({@code <officeId>.<role>}, named "<office name> — <role name>"), each
 * with Tasklist access and READ + CREATE_INSTANCE on process definitions (and CREATE on process instances, to start
 * cases). Task visibility needs no grant here: the engine gives a task's candidate group its READ and work permissions,
 * so a clerk sees, claims and completes only the tasks of her office's groups. Idempotent: only what is missing is
 * created, in one transaction.
 */
@Component
public class OfficeGroups {

  private final ProcessEngine engine;

  public OfficeGroups(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The groups of every office of the directory (offices lost in the decree have none). */
  public static List<String> groupIds(List<Office> offices) {
    return offices.stream().filter(o -> o.name() != null && !o.flags().contains("missingInSource"))
        .flatMap(o -> OfficeRole.of(o.kind()).stream().map(r -> r.group(o.id()))).toList();
  }

  /** Creates what is missing; returns the number of groups created. */
  public int create(List<Office> offices) {
    return EngineCommands.inTransaction(engine, () -> createAll(offices));
  }

  /**
   * A work group that is not an office of the decree's annexes (e.g. the Ministry's complaints desk), with the same
   * Tasklist grants as an office group. Idempotent.
   */
  public void createWorkGroup(String id, String name) {
    EngineCommands.inTransaction(engine, () -> {
      IdentityService identity = engine.getIdentityService();
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
      AuthorizationService authorizations = engine.getAuthorizationService();
      Set<String> granted = new HashSet<>();
      authorizations.createAuthorizationQuery().groupIdIn(id).list()
          .forEach(a -> granted.add(id + "|" + a.getResourceType() + "|" + a.getResourceId()));
      grantTasklist(authorizations, granted, id);
      return null;
    });
  }

  private static void grantTasklist(AuthorizationService authorizations, Set<String> granted, String id) {
    grant(authorizations, granted, id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(authorizations, granted, id, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(authorizations, granted, id, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  private int createAll(List<Office> offices) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    Set<String> groups = new HashSet<>();
    identity.createGroupQuery().list().forEach(g -> groups.add(g.getId()));
    Set<String> granted = new HashSet<>();
    // Only the grants grantTasklist makes: the per-case grants on single process instances (CaseReadGrants, several
    // per open case) are not read, which took 9.5 s and 1.5 GiB of heap at each start with 100,000 open cases.
    for (Map.Entry<Resources, String> grant : List.of(Map.entry(Resources.APPLICATION, "tasklist"),
        Map.entry(Resources.PROCESS_DEFINITION, ANY), Map.entry(Resources.PROCESS_INSTANCE, ANY))) {
      authorizations.createAuthorizationQuery().resourceType(grant.getKey()).resourceId(grant.getValue()).list()
          .forEach(a -> granted.add(a.getGroupId() + "|" + grant.getKey().resourceType() + "|" + a.getResourceId()));
    }
    int created = 0;
    for (Office office : offices) {
      if (office.name() == null || office.flags().contains("missingInSource")) {
        continue;
      }
      for (OfficeRole role : OfficeRole.of(office.kind())) {
        String id = role.group(office.id());
        if (groups.add(id)) {
          Group group = identity.newGroup(id);
          group.setName(truncate(office.name(), 200) + " — " + role.nameKk());
          group.setType(Groups.GROUP_TYPE_WORKFLOW);
          identity.saveGroup(group);
          created++;
        }
        grantTasklist(authorizations, granted, id);
      }
    }
    return created;
  }

  private static void grant(AuthorizationService service, Set<String> granted, String group, Resource resource,
      String resourceId, Permission... permissions) {
    if (!granted.add(group + "|" + resource.resourceType() + "|" + resourceId)) {
      return;
    }
    Authorization authorization = service.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
