package kz.qyzmet.engine;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.engine.BuildingBlockContracts.Contract;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;

/**
 * The variables a case passes to the building block it calls, and those it takes back, as the block's contract in
 * {@code processes/building-blocks.yaml} declares them ({@link BuildingBlockContracts}); written once for every call
 * activity of processes/ ({@code camunda:variableMappingDelegateExpression="${buildingBlockVariables}"}, next to
 * {@code <camunda:in businessKey="#{execution.processBusinessKey}"/>}, as the element template of each block sets).
 *
 * <p>In: the context every block reads ({@code standard}, {@code region}, {@code district}, {@code officeId},
 * {@code officeZone}, {@code caseNumber}), the block's own inputs, and the variable each of its deadlines starts from
 * in the case's standard ({@code acceptedAt} for the hand-over, {@code decidedAt} for the notification, ...). A variable
 * the case does not hold (or holds as null) is not passed; every reader treats it as absent.
 *
 * <p>Out: the block's declared outputs and {@code breach_<deadline>} of its deadlines, as far as the block wrote them;
 * a variable passed in and left unchanged is not written back. A call of a block without a contract fails.
 */
@Component("buildingBlockVariables")
public class BuildingBlockVariables implements DelegateVariableMapping {

  private final BuildingBlockContracts contracts;
  private final StandardsCatalogue catalogue;

  public BuildingBlockVariables(BuildingBlockContracts contracts, StandardsCatalogue catalogue) {
    this.contracts = contracts;
    this.catalogue = catalogue;
  }

  @Override
  public void mapInputVariables(DelegateExecution caseExecution, VariableMap blockVariables) {
    for (String name : inputs(contract(caseExecution), caseExecution)) {
      TypedValue value = caseExecution.getVariableTyped(name);
      if (value != null && value.getValue() != null) {
        blockVariables.putValueTyped(name, value);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseExecution, VariableScope block) {
    Contract contract = contract(caseExecution);
    Set<String> inputs = inputs(contract, caseExecution);
    for (String name : contract.outputs()) {
      TypedValue value = block.getVariableLocalTyped(name);
      if (value == null
          || (inputs.contains(name) && Objects.equals(value.getValue(), caseExecution.getVariable(name)))) {
        continue; // not written, or passed in and left as it was
      }
      caseExecution.setVariable(name, value);
    }
  }

  /** The names passed in: the context, the block's inputs and the start variables of its deadlines in the standard. */
  Set<String> inputs(Contract contract, VariableScope caseScope) {
    Set<String> names = new LinkedHashSet<>(contracts.context());
    names.addAll(contract.in());
    Object standard = caseScope.getVariable(Deadlines.STANDARD);
    if (standard != null) {
      catalogue.find(standard.toString()).ifPresent(s -> s.deadlines().stream()
          .filter(deadline -> contract.deadlines().contains(deadline.id()))
          .forEach(deadline -> names.add(deadline.start())));
    }
    return names;
  }

  private Contract contract(DelegateExecution caseExecution) {
    String block = caseExecution.getBpmnModelElementInstance() instanceof CallActivity call
        ? call.getCalledElement() : null;
    return contracts.find(block).orElseThrow(() -> new ProcessEngineException("Call activity "
        + caseExecution.getCurrentActivityId() + " calls '" + block + "', which has no contract in "
        + BuildingBlockContracts.LOCATION));
  }
}
