package kz.qyzmet.demo;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The demo people of {@link DemoUsers} (names, group, password {@code demo}, the national readers' grants) for tests
 * that also run where the demo users are off (the PostgreSQL profile): the same people, made by the test.
 */
public final class DemoPeople {

  public static final String PASSWORD = "demo";

  private DemoPeople() {}

  public static void ensure(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        var user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(PASSWORD);
        identity.saveUser(user);
      }
      if (identity.createGroupQuery().groupId(demo.group()).count() == 0) {
        identity.saveGroup(identity.newGroup(demo.group()));
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
      if (demo.manager() && demo.role() == null) { // as DemoUsers: the national readers read every case
        grant(authorizations, demo.id(), Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.READ_INSTANCE,
            Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(authorizations, demo.id(), Resources.PROCESS_INSTANCE, Permissions.READ);
      }
    }
  }

  private static void grant(AuthorizationService service, String user, Resource resource, Permission... permissions) {
    Authorization existing = service.createAuthorizationQuery().resourceType(resource).resourceId("*")
        .userIdIn(user).singleResult();
    Authorization authorization = existing != null ? existing
        : service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setResource(resource);
    authorization.setResourceId("*");
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }
}
