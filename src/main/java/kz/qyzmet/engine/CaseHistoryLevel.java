package kz.qyzmet.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.engine.BuildingBlockContracts.Contract;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * History {@code full} (level 3, as configured and as the database records it) without the rows that record nothing
 * the case's history does not already hold (issue 21, the cost of a case; README, Benchmarks). Everything else is
 * written as under the engine's own {@code full}: every activity, task, candidate group, the case's variables with
 * their later changes, every job that ran or failed, every user operation.
 *
 * <ul>
 *   <li>A building block's copy of a case variable (what {@link BuildingBlockVariables} passes in and the block does
 *       not write itself): the case's history holds the variable.</li>
 *   <li>A variable's first value as a detail row ({@code ACT_HI_DETAIL}): the variable's own row
 *       ({@code ACT_HI_VARINST}) holds it with its creation time; later changes still get a detail row each.</li>
 *   <li>Internal variables: {@code intakePrepared} (the intake's once-only mark for its start listener),
 *       {@code handoverDocumentList} (the hand-over form's display text, derived from {@code documentsPresented}),
 *       {@code caseNumber} where it equals the instance's business key, and a variable created without a value (a
 *       later value is recorded).</li>
 *   <li>The job log's creation and deletion rows (a deadline timer made and removed because the task was done in
 *       time); a job that ran or failed is still logged.</li>
 * </ul>
 *
 * <p>Engine-internal classes: the engine's history level SPI (custom history levels, a documented extension point)
 * and its history events live only in org.camunda.bpm.engine.impl; no public API filters history per variable.
 */
public class CaseHistoryLevel extends HistoryLevelFull {

  static final Set<String> INTERNAL =
      Set.of(CaseVariables.INTAKE_PREPARED, CaseVariables.HANDOVER_DOCUMENT_LIST);

  /** Per called building block: the case variables it gets as copies (passed in, not among what it writes). */
  private final Map<String, Set<String>> copies = new HashMap<>();

  CaseHistoryLevel(BuildingBlockContracts contracts, StandardsCatalogue catalogue) {
    for (Contract contract : contracts.all()) {
      if (!contract.called()) {
        continue;
      }
      Set<String> names = new HashSet<>(contracts.context());
      names.addAll(contract.in());
      catalogue.all().forEach(standard -> standard.deadlines().stream()
          .filter(deadline -> contract.deadlines().contains(deadline.id()))
          .filter(deadline -> deadline.start() != null).forEach(deadline -> names.add(deadline.start())));
      names.remove(null);
      names.removeAll(contract.outputs());
      copies.put(contract.process(), Set.copyOf(names));
    }
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE) {
      return false;
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && entity instanceof HistoricVariableUpdateEventEntity detail) {
      return !detail.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE);
    }
    if ((eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_DELETE)
        && entity instanceof VariableInstanceEntity variable) {
      return recorded(eventType, variable);
    }
    return true;
  }

  private boolean recorded(HistoryEventType eventType, VariableInstanceEntity variable) {
    String name = variable.getName();
    if (INTERNAL.contains(name)) {
      return false;
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE && variable.getTypedValue(false).getValue() == null) {
      return false;
    }
    ExecutionEntity execution = variable.getExecution();
    if (execution == null || execution.getProcessInstance() == null) {
      return true;
    }
    ExecutionEntity instance = execution.getProcessInstance();
    if (CaseVariables.CASE_NUMBER.equals(name) && instance.getBusinessKey() != null
        && instance.getBusinessKey().equals(variable.getTypedValue(false).getValue())) {
      return false;
    }
    if (instance.getSuperExecutionId() == null) {
      return true;
    }
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    return definition == null || !copies.getOrDefault(definition.getKey(), Set.of()).contains(name);
  }

  /** Puts the level in place of the engine's {@code full} (same id, so the database's history level still matches). */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<BuildingBlockContracts> contracts;
    private final ObjectProvider<StandardsCatalogue> catalogue;

    Plugin(ObjectProvider<BuildingBlockContracts> contracts, ObjectProvider<StandardsCatalogue> catalogue) {
      this.contracts = contracts;
      this.catalogue = catalogue;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getHistoryLevel() != null
          && configuration.getHistoryLevel().getId() == HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
        configuration.setHistoryLevel(new CaseHistoryLevel(contracts.getObject(), catalogue.getObject()));
      }
    }
  }
}
