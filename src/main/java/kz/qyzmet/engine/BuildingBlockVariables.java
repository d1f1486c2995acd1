package kz.qyzmet.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;

/**
 * The variables a case passes to the building block it calls, and those it takes back: written once for every call
 * activity of processes/ ({@code camunda:variableMappingDelegateExpression="${buildingBlockVariables}"}, next to
 * {@code <camunda:in businessKey="#{execution.processBusinessKey}"/>}), instead of copying every case variable in and
 * out ({@code camunda:in/out variables="all"}), which wrote about ten times the rows of a bare engine per case.
 *
 * <p>In: what a building block reads, and nothing else:
 * <ul>
 *   <li>routing ({@code officeRouter.candidateGroup}, {@code deadlines.escalate}): {@code standard}, {@code region},
 *       {@code district}, {@code officeId};</li>
 *   <li>deadlines ({@code deadlines.due}, the calendar recalculation of timers and task due dates): {@code officeZone}
 *       and, for each deadline the called diagram names in {@code deadlines.due(..., '<id>')}, the variable its count
 *       starts from in the catalogue ({@code acceptedAt} for the hand-over, {@code decidedAt} for the notification,
 *       ...); if the called diagram cannot be read, the start variables of every timer deadline of the standard;</li>
 *   <li>its forms and the task list rows (TasklistFilters): {@code caseNumber}, {@code applicantSurname},
 *       {@code applicantName}.</li>
 * </ul>
 * A variable the case does not hold (or holds as null) is not passed; every reader treats it as absent.
 *
 * <p>A building block that reads another variable of the case (e.g. a new one) adds its name to {@link #CASE_CONTEXT};
 * the conventions test requires this mapping on every call activity.
 *
 * <p>Out: every variable the building block wrote itself (its listeners, its forms' fields, {@code breach_<deadline>}
 * when one of its deadlines ran out), so the case holds them as before; the variables passed in and left unchanged
 * are not written back.
 */
@Component("buildingBlockVariables")
public class BuildingBlockVariables implements DelegateVariableMapping {

  /** The case variables every building block may read, besides the deadlines' start variables. */
  public static final List<String> CASE_CONTEXT =
      List.of(Deadlines.STANDARD, "region", "district", "officeId", Deadlines.OFFICE_ZONE, "caseNumber",
          "applicantSurname", "applicantName");

  private final StandardsCatalogue catalogue;

  public BuildingBlockVariables(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void mapInputVariables(DelegateExecution caseExecution, VariableMap blockVariables) {
    for (String name : inputs(caseExecution, deadlinesOfCalledDiagram(caseExecution))) {
      TypedValue value = caseExecution.getVariableTyped(name);
      if (value != null && value.getValue() != null) {
        blockVariables.putValueTyped(name, value);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseExecution, VariableScope block) {
    Set<String> inputs = inputs(caseExecution, null);
    for (String name : block.getVariableNamesLocal()) {
      TypedValue value = block.getVariableLocalTyped(name);
      if (inputs.contains(name) && Objects.equals(value.getValue(), caseExecution.getVariable(name))) {
        continue; // passed in and left as it was
      }
      caseExecution.setVariable(name, value);
    }
  }

  /**
   * The names passed in: {@link #CASE_CONTEXT} and the start variables of the given deadlines of the standard (null:
   * of every timer deadline of the standard).
   */
  Set<String> inputs(VariableScope caseScope, Set<String> deadlineIds) {
    Set<String> names = new LinkedHashSet<>(CASE_CONTEXT);
    Object standard = caseScope.getVariable(Deadlines.STANDARD);
    if (standard != null) {
      catalogue.find(standard.toString()).ifPresent(s -> s.deadlines().stream()
          .filter(deadline -> deadline.kind() == Standard.Deadline.Kind.timer)
          .filter(deadline -> deadlineIds == null || deadlineIds.contains(deadline.id()))
          .forEach(deadline -> names.add(deadline.start())));
    }
    return names;
  }

  private static final Pattern DUE = Pattern.compile("deadlines\\.due\\(\\s*\\w+\\s*,\\s*'([^']+)'\\s*\\)");

  /** Deadline ids named in the diagram of a process definition, by definition id (definitions never change). */
  private final Map<String, Set<String>> deadlinesByDefinition = new ConcurrentHashMap<>();

  /**
   * The deadline ids that the diagram this call activity starts names in {@code deadlines.due(..., '<id>')}, from the
   * latest version of its called element, as the engine binds it; null if it cannot be told.
   */
  private Set<String> deadlinesOfCalledDiagram(DelegateExecution caseExecution) {
    try {
      if (!(caseExecution.getBpmnModelElementInstance() instanceof CallActivity call)
          || call.getCalledElement() == null || call.getCalledElement().contains("{")
          || (call.getCamundaCalledElementBinding() != null
              && !"latest".equals(call.getCamundaCalledElementBinding()))) {
        return null;
      }
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedLatestProcessDefinitionByKey(call.getCalledElement());
      return deadlinesByDefinition.computeIfAbsent(definition.getId(), id -> {
        ResourceEntity resource = Context.getCommandContext().getResourceManager()
            .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        Set<String> ids = new LinkedHashSet<>();
        Matcher due = DUE.matcher(new String(resource.getBytes(), StandardCharsets.UTF_8));
        while (due.find()) {
          ids.add(due.group(1));
        }
        return Set.copyOf(ids);
      });
    } catch (RuntimeException e) {
      return null; // every timer deadline's start, as a safe default
    }
  }
}
