package kz.qyzmet.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity; // engine-internal: the stored salt of a user, to check the configured password; not on the public User
import org.camunda.bpm.engine.impl.util.EncryptionUtil; // engine-internal: the engine's password hashing, to compare with the stored hash
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator at every start, or resets its password to the configured one, and makes it a member of
 * {@code camunda-admin} (the engine's administrators group: every permission in the engine and the webapps).
 */
@Component
public class AdministratorAccount extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(AdministratorAccount.class);

  private final AdministratorProperties properties;

  /** Both values are present: {@link AdministratorCheck} stops startup before any bean exists otherwise. */
  public AdministratorAccount(AdministratorProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(properties.user()).singleResult();
    if (user == null) {
      user = identity.newUser(properties.user());
      user.setFirstName("Qyzmet");
      user.setLastName("Әкімші");
      user.setPassword(properties.password());
      identity.saveUser(user);
      log.info("Administrator '{}' created", properties.user());
    } else if (!hasPassword(engine, user, properties.password())) {
      user.setPassword(properties.password());
      identity.saveUser(user);
      identity.unlockUser(properties.user());
      log.info("Administrator '{}': password reset from QYZMET_ADMIN_PASSWORD", properties.user());
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Qyzmet әкімшілері");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(properties.user()).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(properties.user(), Groups.CAMUNDA_ADMIN);
    }
    grantEverything(engine.getAuthorizationService());
  }

  /**
   * Compares with the stored hash directly: {@code IdentityService.checkPassword} would count a mismatch as a failed
   * login and lock the administrator out for a while, and nodes starting together would each rewrite the user.
   */
  static boolean hasPassword(ProcessEngine engine, User user, String password) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String salted = EncryptionUtil.saltPassword(password, ((UserEntity) user).getSalt());
    return configuration.getPasswordManager().check(salted, user.getPassword());
  }

  /** The webapps check application access through explicit authorizations, so the group holds ALL on every resource. */
  private static void grantEverything(AuthorizationService authorizations) {
    for (Resources resource : Resources.values()) {
      boolean granted = authorizations.createAuthorizationQuery()
          .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId(ANY).count() > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
