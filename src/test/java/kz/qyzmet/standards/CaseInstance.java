package kz.qyzmet.standards;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A case found by its business key, running or ended, in the shape camunda-bpm-assert takes. */
record CaseInstance(HistoricProcessInstance historic) implements ProcessInstance {

  static CaseInstance of(ProcessEngine engine, String processKey, String businessKey) {
    return new CaseInstance(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult());
  }

  /** The case's variables as the history keeps them (also after it ended). */
  static Map<String, Object> variables(ProcessEngine engine, ProcessInstance instance) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  @Override public String getId() { return historic.getId(); }
  @Override public String getProcessInstanceId() { return historic.getId(); }
  @Override public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
  @Override public String getBusinessKey() { return historic.getBusinessKey(); }
  @Override public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }
  @Override public String getCaseInstanceId() { return historic.getCaseInstanceId(); }
  @Override public boolean isSuspended() { return false; }
  @Override public boolean isEnded() { return historic.getEndTime() != null; }
  @Override public String getTenantId() { return historic.getTenantId(); }
  @Override public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
}
