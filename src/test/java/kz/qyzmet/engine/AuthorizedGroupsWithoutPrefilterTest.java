package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk's few groups go into the engine's authorization checks without the prefilter that read every distinct group
 * of the authorization table in each command; the checks answer as before: a group with a grant authorizes, a group
 * without any authorization does not, and a user of more than 50 groups keeps the engine's prefilter.
 */
@QyzmetTest
class AuthorizedGroupsWithoutPrefilterTest {

  static final String OFFICE_GROUP = "psc-aktobe-05.pscOperator"; // READ on every process definition (OfficeGroups)

  @Autowired ProcessEngine engine;

  @Test
  void theEnginesCommandsCheckAClerksGroupsAsTheyAreWithTheSameAnswers() {
    var commands = commands();
    AuthorizationManager manager = commands.execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroupsWithoutPrefilter.Manager.class);
    List<String> checked = commands.execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(List.of(OFFICE_GROUP, "no-such-office.pscOperator")));
    assertThat(checked).containsExactly(OFFICE_GROUP, "no-such-office.pscOperator");

    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("someclerk", List.of("no-such-office.pscOperator", OFFICE_GROUP),
        Permissions.READ, Resources.PROCESS_DEFINITION, "S01")).isTrue();
    assertThat(authorizations.isUserAuthorized("someclerk", List.of("no-such-office.pscOperator"),
        Permissions.READ, Resources.PROCESS_DEFINITION, "S01")).isFalse();
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  @Test
  void aUserOfManyGroupsKeepsTheEnginesPrefilter() {
    List<String> groups = new ArrayList<>(IntStream.range(0, AuthorizedGroupsWithoutPrefilter.PREFILTER_ABOVE_GROUPS)
        .mapToObj(i -> "no-such-office-" + i + ".pscOperator").toList());
    groups.add(OFFICE_GROUP);
    var commands = commands();
    List<String> checked = commands.execute(context -> context.getAuthorizationManager()
        .filterAuthenticatedGroupIds(groups));
    assertThat(checked).containsExactly(OFFICE_GROUP);
    assertThat(engine.getAuthorizationService().isUserAuthorized("someclerk", groups, Permissions.READ,
        Resources.PROCESS_DEFINITION, "S01")).isTrue();
  }
}
