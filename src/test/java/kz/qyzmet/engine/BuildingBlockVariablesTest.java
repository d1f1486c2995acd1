package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an S01 case at a centre passes to the building blocks it calls, and what it takes back (BuildingBlockVariables):
 * each block gets the case context and the start of its own deadline, not the applicant's data; the case ends up with
 * what the blocks wrote.
 */
@QyzmetTest
class BuildingBlockVariablesTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void aBuildingBlockGetsWhatItReadsAndTheCaseGetsBackWhatItWrote() {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    String key = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(engine.getRuntimeService().getVariablesLocal(handover.getProcessInstanceId()).keySet())
        .containsExactlyInAnyOrder("standard", "region", "district", "officeZone", "caseNumber",
            "applicantSurname", "applicantName", "acceptedAt");
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-118", "documentsHandedOver", true));
    cases.complete(key, "Task_ReviewApplication", Map.of("decision", "assigned"));

    Task notify = cases.task(key, "Task_NotifyApplicant");
    assertThat(engine.getRuntimeService().getVariablesLocal(notify.getProcessInstanceId()).keySet())
        .containsExactlyInAnyOrder("standard", "region", "district", "officeZone", "caseNumber",
            "applicantSurname", "applicantName", "decidedAt");
    cases.complete(notify, Map.of("notificationMethod", "psc"));

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(engine.getRuntimeService().getVariablesLocal(issue.getProcessInstanceId()).keySet())
        .containsExactlyInAnyOrder("standard", "region", "district", "officeZone", "caseNumber",
            "applicantSurname", "applicantName", "resultReadyAt", "resultDocumentUrl");
    // the print link is the block's own output, written when the hand-out task is created (kz.qyzmet.documents)
    assertThat(engine.getRuntimeService().getVariableLocal(issue.getProcessInstanceId(), "resultDocumentUrl"))
        .asString().contains(key);
    cases.complete(issue,
        Map.of("recipientFullName", "Сейтқали Айбек Нұрланұлы", "recipientIdentityDocument", "045123987"));

    Map<String, Object> root = new HashMap<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cases.instance(key).getId()).list()) {
      root.put(variable.getName(), variable.getValue());
    }
    assertThat(root).containsKeys("registeredAt", "handoverRegisterNumber", "documentsHandedOver", "notifiedAt",
        "notificationMethod", "resultReadyAt", "resultDocumentUrl", "recipientFullName", "recipientIdentityDocument")
        .containsEntry("resultOutcome", "issued").containsEntry("applicantIin", "900515300018");
    // taken back once each: a variable passed in and left unchanged is not written back
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(cases.instance(key).getId())
        .variableUpdates().list().stream()
        .filter(d -> ((HistoricVariableUpdate) d).getVariableName().equals("standard")).count())
        .isLessThanOrEqualTo(1);
  }
}
