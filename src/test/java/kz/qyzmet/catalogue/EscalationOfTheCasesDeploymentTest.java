package kz.qyzmet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.engine.ProcessResourceDeployer;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A missed deadline starts the escalation deployed with the case's diagrams (processes/ is one deployment), as the
 * case's forms are: a later escalation deployed on its own does not change what an open case does.
 */
@QyzmetTest
class EscalationOfTheCasesDeploymentTest {

  @RegisterExtension static CaseDriver cases = CaseDriver.forStandard("S01");
  @Autowired ProcessEngine engine;

  @Test
  void aMissedDeadlineStartsTheEscalationOfTheCasesDeployment() throws Exception {
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = cases.apply(CaseDriver.S01_AT_KHROMTAU_CENTRE).path("businessKey").asText();
    Job handover = cases.timer(key, "Event_HandoverOverdue");
    String caseDeployment = engine.getRepositoryService().getProcessDefinition(handover.getProcessDefinitionId())
        .getDeploymentId();
    ProcessDefinition ownEscalation = engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(caseDeployment).processDefinitionKey(Deadlines.ESCALATION_PROCESS).singleResult();

    String changed = Files.readString(Path.of("processes/deadline-escalation.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"Мерзімнің бұзылуы\"", "name=\"Мерзімнің бұзылуы (жаңа нұсқа)\"");
    Deployment later = engine.getRepositoryService().createDeployment().name("escalation-alone")
        .addString("processes/deadline-escalation.bpmn", changed).deploy();
    try {
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(Deadlines.ESCALATION_PROCESS).latestVersion().singleResult();
      assertThat(latest.getDeploymentId()).isEqualTo(later.getId());

      ClockUtil.setCurrentTime(new Date(handover.getDuedate().getTime() + 60_000));
      cases.fire(handover);

      assertThat(cases.breach(key, "handover").getProcessDefinitionId()).isEqualTo(ownEscalation.getId())
          .isNotEqualTo(latest.getId());
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(caseDeployment).singleResult()
          .getName()).isEqualTo(ProcessResourceDeployer.DEPLOYMENT_NAME);
    } finally {
      engine.getRepositoryService().deleteDeployment(later.getId(), true);
    }
  }
}
