package kz.qyzmet.demo;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
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
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One demo user for each role the decree names, so that a fresh checkout can be tried in Tasklist and Cockpit at once.
 * Only in the default profile ({@code qyzmet.demo-users.enabled}); every demo user has the same password.
 */
@Component
@ConditionalOnProperty(name = "qyzmet.demo-users.enabled", havingValue = "true")
public class DemoUsers extends AbstractProcessEnginePlugin {

  /** A demo user, the role group it belongs to, and whether it watches the cases in Cockpit. */
  public record DemoUser(String id, String firstName, String lastName, String role, String roleName, boolean manager) {}

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("operator", "Айгүл", "Операторова", "pscOperator", "ХҚО операторы", false),
      new DemoUser("pschead", "Серік", "Басшыбаев", "pscHead", "ХҚО басшысы", true),
      new DemoUser("specialist", "Дина", "Маманова", "branchSpecialist", "Бөлімше маманы", false),
      new DemoUser("branchhead", "Ержан", "Бөлімшеев", "branchHead", "Бөлімше басшысы", true),
      new DemoUser("mse", "Гүлнар", "Сарапшыева", "msePanel", "МӘС комиссиясы", false),
      new DemoUser("employment", "Нұрлан", "Еңбеков", "employmentSpecialist", "Жұмыспен қамту бөлімінің маманы", false),
      new DemoUser("akim", "Бақыт", "Әкімов", "akim", "Ауылдық округ әкімі", false),
      new DemoUser("manager", "Сәуле", "Бақылаева", "manager", "Сапа менеджері", true));

  private final DemoUsersProperties properties;

  public DemoUsers(DemoUsersProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (DemoUser demo : USERS) {
      if (identity.createGroupQuery().groupId(demo.role()).count() == 0) {
        Group group = identity.newGroup(demo.role());
        group.setName(demo.roleName());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.qyzmet.kz");
        user.setPassword(properties.password());
        identity.saveUser(user);
        identity.createMembership(demo.id(), demo.role());
      }
      grant(authorizations, demo.role(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, demo.role(), Resources.PROCESS_DEFINITION, ANY,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(authorizations, demo.role(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      if (demo.manager()) {
        grant(authorizations, demo.role(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, demo.role(), Resources.PROCESS_DEFINITION, ANY,
            Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(authorizations, demo.role(), Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(authorizations, demo.role(), Resources.DEPLOYMENT, ANY, Permissions.READ);
      }
    }
  }

  private static void grant(AuthorizationService service, String group, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization existing = service.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : service.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }
}
