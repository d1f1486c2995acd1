package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read grants of a case's history live as long as that history: each names the case as its root process instance
 * and gets the history's removal time when the case ends, which is what the engine's history cleanup removes them by.
 * They are made in the command that starts the case (or its escalation), before its history is written; they used to
 * have no root and outlived the history they granted (issue 21: 120,000 such rows in a database of 20,000 cases);
 * the engine's first start on a database repairs those an earlier version made, once.
 */
@QyzmetTest
class CaseReadGrantsTest {

  @RegisterExtension static CaseDriver cases = CaseDriver.forStandard("S01");
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired CaseReadGrants readGrants;

  @Test
  void theGrantsOnACasesHistoryGoWithItsHistory() {
    String key = cases.s01WaitingAtTheCentre();
    HistoricProcessInstance running = caseOf(key);
    List<Authorization> grants = historyGrants(running.getId());
    assertThat(grants).extracting(Authorization::getGroupId)
        .contains("psc-aktobe-05.pscOperator", "psc-aktobe-05.pscHead");
    assertThat(grants).allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(running.getId());
      assertThat(grant.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue();
    });

    CaseDriver.at(2026, 12, 7, 10, 0);
    cases.complete(key, "Task_IssueResult",
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));
    HistoricProcessInstance ended = caseOf(key);
    assertThat(ended.getEndTime()).as("the case ended").isNotNull();
    assertThat(ended.getRemovalTime()).as("the case's history has a removal time").isNotNull();
    assertThat(historyGrants(ended.getId())).hasSameSizeAs(grants).allSatisfy(grant ->
        assertThat(grant.getRemovalTime()).as(grant.getGroupId()).isEqualTo(ended.getRemovalTime()));
  }

  @Test
  void theGrantsOnAnEscalationsHistoryGoWithItsHistory() {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    Job handover = cases.timer(key, "Event_HandoverOverdue");
    ClockUtil.setCurrentTime(new Date(handover.getDuedate().getTime() + 60_000));
    cases.fire(handover);
    Task review = cases.breach(key, "handover");
    String escalation = review.getProcessInstanceId();
    assertThat(historyGrants(escalation)).isNotEmpty()
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isEqualTo(escalation));

    cases.complete(review, Map.of("escalationMeasure", "Операторға ескерту жасалды"));
    Date removal = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(escalation)
        .singleResult().getRemovalTime();
    assertThat(removal).isNotNull();
    assertThat(historyGrants(escalation)).allSatisfy(grant -> assertThat(grant.getRemovalTime()).isEqualTo(removal));
  }

  @Test
  void grantsMadeByEarlierVersionsAreRepairedAtStart() throws Exception {
    String key = cases.s01WaitingAtTheCentre();
    CaseDriver.at(2026, 12, 7, 10, 0);
    cases.complete(key, "Task_IssueResult",
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));
    HistoricProcessInstance ended = caseOf(key);
    int made = historyGrants(ended.getId()).size();
    assertThat(asEarlierVersionsLeftThem(ended.getId())).isEqualTo(made);
    Authorization ofRemovedHistory = engine.getAuthorizationService().createNewAuthorization(
        Authorization.AUTH_TYPE_GRANT);
    ofRemovedHistory.setGroupId("psc-aktobe-05.pscHead");
    ofRemovedHistory.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    ofRemovedHistory.setResourceId("history-removed-" + key);
    ofRemovedHistory.addPermission(HistoricProcessInstancePermissions.READ);
    engine.getAuthorizationService().saveAuthorization(ofRemovedHistory);

    int[] repaired = CaseReadGrants.repairHistoryGrants(engine);

    assertThat(repaired[0]).isGreaterThanOrEqualTo(made);
    assertThat(repaired[1]).isGreaterThanOrEqualTo(1);
    assertThat(historyGrants(ended.getId())).hasSize(made).allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(ended.getId());
      assertThat(grant.getRemovalTime()).isEqualTo(ended.getRemovalTime());
    });
    assertThat(historyGrants("history-removed-" + key)).isEmpty();
    assertThat(CaseReadGrants.repairHistoryGrants(engine)).as("nothing left to repair").containsExactly(0, 0);
  }

  @Test
  void aDatabaseIsRepairedAtItsFirstStartNotAtEveryStart() throws Exception {
    var management = engine.getManagementService();
    assertThat(management.getProperties()).as("the engine's start repaired this database and wrote it down")
        .containsKey(CaseReadGrants.HISTORY_GRANTS_ROOTED);
    String caseId = caseOf(cases.s01WaitingAtTheCentre()).getId();
    int made = asEarlierVersionsLeftThem(caseId);
    assertThat(made).isPositive();

    readGrants.postProcessEngineBuild(engine); // a later start
    assertThat(historyGrants(caseId)).as("a later start reads no grant table")
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isNull());

    management.deleteProperty(CaseReadGrants.HISTORY_GRANTS_ROOTED);
    readGrants.postProcessEngineBuild(engine); // the first start of this version on a database
    assertThat(historyGrants(caseId)).hasSize(made)
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isEqualTo(caseId));
    assertThat(management.getProperties()).containsKey(CaseReadGrants.HISTORY_GRANTS_ROOTED);
  }

  /** The case's history grants as an earlier version left them (no root, no removal time); how many. */
  private int asEarlierVersionsLeftThem(String instanceId) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      return statement.executeUpdate("update ACT_RU_AUTHORIZATION set ROOT_PROC_INST_ID_ = null,"
          + " REMOVAL_TIME_ = null where RESOURCE_TYPE_ = 20 and RESOURCE_ID_ = '" + instanceId + "'");
    }
  }

  private HistoricProcessInstance caseOf(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey("S01").singleResult();
  }

  private List<Authorization> historyGrants(String instanceId) {
    return engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(instanceId).list();
  }
}
