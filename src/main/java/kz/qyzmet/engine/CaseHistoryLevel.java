package kz.qyzmet.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.engine.BuildingBlockContracts.Contract;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin; // engine-internal: the starter's plugin point (ProcessEnginePlugin beans) is engine-internal
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: the history level is set on the configuration the plugin point hands over
import org.camunda.bpm.engine.impl.history.HistoryLevel; // engine-internal: the history level SPI (custom history levels); no public API filters history per variable
import org.camunda.bpm.engine.impl.history.HistoryLevelFull; // engine-internal: the engine's own 'full', which this level narrows
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity; // engine-internal: the detail event the history level is asked about
import org.camunda.bpm.engine.impl.history.event.HistoryEventType; // engine-internal: the event types of the history level SPI
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes; // engine-internal: the event types of the history level SPI
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity; // engine-internal: the variable's instance (business key, caller) the level is asked about
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity; // engine-internal: the variable the history level is asked about
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity; // engine-internal: the key of the variable's process
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * History {@code full} (level 3, as configured and as the database records it) without the rows that record nothing
 * the case's history does not already hold (issue 21, the cost of a case; README, Benchmarks). Everything else is
 * written as under the engine's own {@code full}: every activity, task, candidate group, the case's variables with
 * their later changes, every job that ran or failed, every user operation.
 *
 * <ul>
 *   <li>A called building block's own record of the variables its contract declares (what
 *       {@link BuildingBlockVariables} passes in, and what the block hands back to the case when it ends, in the same
 *       transaction): the case's history holds each of them once. A block's {@code breach_<deadline>}, its
 *       task-local form values and anything undeclared stay in its own history. While a block runs, the case status
 *       reads its values from the runtime (kz.qyzmet.intake.CaseStatusReader). No diagram cancels a called block
 *       (no boundary event on a call activity, no terminate end event), so every block hands its values back.</li>
 *   <li>A variable's first value as a detail row ({@code ACT_HI_DETAIL}): the variable's own row
 *       ({@code ACT_HI_VARINST}) holds it with its creation time; later changes still get a detail row each.</li>
 *   <li>Internal variables: {@code intakePrepared} (the intake's once-only mark for its start listener),
 *       {@code handoverDocumentList} (the hand-over form's display text, derived from {@code documentsPresented}),
 *       {@code caseNumber} where it equals the instance's business key, and a variable created without a value (a
 *       later value is recorded).</li>
 *   <li>A deadline escalation's copies of its case's variables (routing: standard, region, district, office, zone;
 *       the head's task list row: case number, applicant's names; the case's business key, which is also the
 *       escalation's): the case's history holds them. Its own values (which deadline, when due, the summary, the head's
 *       role) stay; the runtime still holds every copy while the head's task waits (routing, Tasklist).</li>
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

  /** What an escalation copies from its case as it is (Deadlines.escalate), the case's business key included. */
  static final Set<String> ESCALATION_COPIES = Stream.of(Deadlines.ESCALATION_ROUTING, Deadlines.ESCALATION_TASK_ROW,
      List.of(CaseVariables.CASE_BUSINESS_KEY)).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

  /**
   * Per called building block: the variables whose history the case keeps instead (what the block gets passed in and
   * what it hands back when it ends; not its breach_&lt;deadline&gt;, written while it runs).
   */
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
      names.addAll(contract.out());
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
    // Serialized values (objects, JSON) are not deserialized here: only a null or a primitive without a value is empty.
    TypedValue value = variable.getTypedValue(false);
    boolean empty = value == null || value.getType() == ValueType.NULL
        || (value instanceof PrimitiveValue<?> primitive && primitive.getValue() == null);
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE && empty) {
      return false;
    }
    ExecutionEntity execution = variable.getExecution();
    if (execution == null || execution.getProcessInstance() == null) {
      return true;
    }
    ExecutionEntity instance = execution.getProcessInstance();
    if (CaseVariables.CASE_NUMBER.equals(name) && value instanceof StringValue number
        && instance.getBusinessKey() != null && instance.getBusinessKey().equals(number.getValue())) {
      return false;
    }
    if (instance.getSuperExecutionId() == null) {
      return !ESCALATION_COPIES.contains(name) || !isEscalation(instance);
    }
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    return definition == null || !copies.getOrDefault(definition.getKey(), Set.of()).contains(name);
  }

  private static boolean isEscalation(ExecutionEntity instance) {
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    return definition != null && Deadlines.ESCALATION_PROCESS.equals(definition.getKey());
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
