package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

/** Every log line written while the engine works on a case carries the case's business key (MDC "businessKey"). */
@QyzmetTest
class BusinessKeyLoggingTest {

  @Autowired ProcessEngine engine;
  String deploymentId;

  @BeforeEach
  void deployProbe() {
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource("engine/mdc-probe.bpmn").deploy().getId();
  }

  @AfterEach
  void removeProbe() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void theBusinessKeyIsInTheLoggingContext() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("mdc-probe", "S01-000042");

    Object seen = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("mdcBusinessKey").singleResult().getValue();
    assertThat(seen).isEqualTo("S01-000042");
    assertThat(MDC.get("businessKey")).isNull(); // cleared when the engine is done with the case
  }

  /** Records what a delegate (and any logger it calls) sees in the MDC. */
  public static class MdcProbe implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("mdcBusinessKey", MDC.get("businessKey"));
    }
  }
}
