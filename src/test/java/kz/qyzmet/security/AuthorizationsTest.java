package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Qyzmet only grants. The engine is told so ({@code authorizationCheckRevokes: never} in application.yaml), which
 * spares every query with authorization checks the pre-check for REVOKE authorizations; that is only right while no
 * REVOKE authorization exists: none after start-up (administrator, office groups, Tasklist filters, demo users on the
 * default profile) nor after the cases the other tests of this context have run.
 */
@QyzmetTest
class AuthorizationsTest {

  @Autowired ProcessEngine engine;

  @Test
  void revokeChecksAreOffAndNothingCreatesARevokeAuthorization() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).count()).isPositive();
  }
}
