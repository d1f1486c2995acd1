package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.messages.Messages;
import kz.qyzmet.quality.SurveyLinks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication; // engine-internal: the type IdentityService's public getCurrentAuthentication returns
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads a case and the building blocks it called (they share its business key) through the engine's queries, with the
 * caller's authorizations: a case the caller may not read is "not found". The blocks a case called are read through
 * the case: who may read the case reads them (the history of a block is not granted to each office on its own,
 * kz.qyzmet.directory.CaseReadGrants). The history keeps a block's declared values once, in the case, from the moment
 * the block hands them back (kz.qyzmet.engine.CaseHistoryLevel); while a block runs, they are read from the runtime.
 */
@Component
class CaseStatusReader {

  /** The complaint procedure (kz.qyzmet.complaints), linked to a case by the variable caseBusinessKey. */
  static final String COMPLAINT_PROCESS = "complaint";

  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TaskService tasks;
  private final StandardsCatalogue catalogue;
  private final Deadlines deadlines;
  private final ZoneId zone;
  private final SurveyLinks surveyLinks;

  CaseStatusReader(HistoryService history, RuntimeService runtime, IdentityService identity, TaskService tasks,
      StandardsCatalogue catalogue, Deadlines deadlines, StatutoryCalendar calendar, SurveyLinks surveyLinks) {
    this.surveyLinks = surveyLinks;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.tasks = tasks;
    this.catalogue = catalogue;
    this.deadlines = deadlines;
    this.zone = calendar.defaultZone();
  }

  /** The case's variables, with those of the building blocks it called where the case itself has none. */
  Map<String, Object> variables(String businessKey) {
    return load(businessKey).variables();
  }

  /**
   * A case as it is stored: its instance, the building blocks it called and their variables (the case's own where both
   * have one). What the portal's information request needs to be registered, without the rest of the status.
   */
  record Loaded(HistoricProcessInstance root, List<HistoricProcessInstance> instances,
      Map<String, Object> variables) {

    /** The case's standard (the code of its process). */
    String standard() {
      return root.getProcessDefinitionKey();
    }
  }

  /**
   * Reads the case by its business key, found among the instances of the standards' processes only: the portal's
   * information requests and the escalations of missed deadlines carry the same key, and a read of every instance with
   * it would grow with each request. The caller's authorizations are checked on the case alone (a query of one instance
   * by id); its building blocks, called by the case itself, are read with it. Each is a direct child of the case (a
   * block calls no other process; an escalation or an information request starts a process of its own).
   */
  Loaded load(String businessKey) {
    String[] standards = catalogue.all().stream().map(Standard::code).toArray(String[]::new);
    HistoricProcessInstance root = throughTheCase(() -> history.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey).processDefinitionKeyIn(standards).list()).stream()
        .filter(this::readable).findFirst().orElseThrow(() -> new CaseNotFoundException(businessKey));
    // The caller may read the case: its building blocks are read with it.
    return throughTheCase(() -> {
      Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
      instances.put(root.getId(), root);
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId()).list()
          .forEach(block -> instances.putIfAbsent(block.getId(), block));
      Map<String, Object> variables = new HashMap<>();
      String[] ids = instances.keySet().toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
          .list()) {
        if (variable.getProcessInstanceId().equals(root.getId()) || !variables.containsKey(variable.getName())) {
          variables.put(variable.getName(), variable.getValue());
        }
      }
      for (HistoricProcessInstance instance : instances.values()) {
        if (instance.getEndTime() == null && !instance.getId().equals(root.getId())
            && instance.getSuperProcessInstanceId() != null) {
          runtime.getVariables(instance.getId()).forEach(variables::putIfAbsent);
        }
      }
      // History keeps no caseNumber where it equals the business key (kz.qyzmet.engine.CaseHistoryLevel): it is that.
      variables.putIfAbsent(CaseVariables.CASE_NUMBER, root.getBusinessKey());
      return new Loaded(root, List.copyOf(instances.values()), variables);
    });
  }

  /** Whether the caller may read the history of this instance (the engine's query of it by id, her authorizations). */
  private boolean readable(HistoricProcessInstance instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0;
  }

  /** Runs a read of a case the caller may read without her authorizations (IdentityService, the public API). */
  private <T> T throughTheCase(java.util.function.Supplier<T> read) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  CaseStatus read(String businessKey) {
    Loaded loaded = load(businessKey);
    HistoricProcessInstance root = loaded.root();
    Map<String, Object> variables = loaded.variables();
    Standard standard = catalogue.get(root.getProcessDefinitionKey());

    java.util.Set<String> caseInstances = loaded.instances().stream()
        .filter(instance -> !"deadline-escalation".equals(instance.getProcessDefinitionKey()))
        .map(HistoricProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
    List<CaseStatus.Step> steps = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
        .list()) {
      if (!caseInstances.contains(task.getProcessInstanceId())) {
        continue; // a head's review of a missed deadline is not a step of the case (its breach is in the deadlines)
      }
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      steps.add(new CaseStatus.Step(task.getTaskDefinitionKey(), task.getName(), groups, task.getAssignee(),
          at(task.getDueDate())));
    }

    List<CaseStatus.DeadlineLine> lines = new ArrayList<>();
    for (Standard.Deadline deadline : standard.deadlines()) {
      if (deadline.kind() != Standard.Deadline.Kind.timer || !(variables.get(deadline.start()) instanceof Date start)) {
        continue;
      }
      Date due = deadlines.due(deadline, start, (String) variables.get(Deadlines.OFFICE_ZONE),
          (String) variables.get(Deadlines.OFFICE_HOURS));
      lines.add(new CaseStatus.DeadlineLine(deadline.id(), deadline.citation(standard.code(), Messages.language()),
          deadline.value() + " " + deadline.unit(), deadline.startsFrom().in(Messages.language()), at(start), at(due),
          at((Date) variables.get("breach_" + deadline.id()))));
    }

    String status = root.getEndTime() == null ? CaseStatus.IN_PROGRESS
        : Boolean.FALSE.equals(variables.get(CaseVariables.DOCUMENTS_COMPLETE)) ? CaseStatus.REFUSED_AT_INTAKE
        : CaseStatus.COMPLETED;
    List<CaseStatus.ComplaintLine> complaints = complaints(businessKey).stream()
        .map(complaint -> new CaseStatus.ComplaintLine(complaint.getBusinessKey(),
            complaint.getEndTime() == null ? "underReview" : "answered", decision(complaint.getId())))
        .toList();
    return new CaseStatus(businessKey, standard.code(), status, (String) variables.get(CaseVariables.CHANNEL),
        (String) variables.get(CaseVariables.RESULT), at((Date) variables.get(CaseVariables.ACCEPTED_AT)),
        at(root.getEndTime()), steps, lines, complaints, serviceNorms(standard, variables),
        at((Date) variables.get(Intake.OFFICE_SERVES_FROM)), surveyLinks.urlOf(businessKey).orElse(null));
  }

  /** The waiting and service norms; an off-site service (S08 item 7.4) is reported against its own norm. */
  private CaseStatus.ServiceNorms serviceNorms(Standard standard, Map<String, Object> variables) {
    String serviceNorm = variables.get(OFF_SITE + "Minutes") != null ? OFF_SITE : "serviceTime";
    Long term = number(variables.get(SERVICE_TERM_MINUTES)); // measured only where the service term is a norm (S07)
    return new CaseStatus.ServiceNorms(number(variables.get(CaseVariables.WAITING_MINUTES)),
        variables.get(CaseVariables.WAITING_LIMIT) instanceof Integer limit ? limit
            : standard.deadline("waiting").map(CaseStatusReader::minutes).orElse(null),
        number(variables.get(serviceNorm.equals(OFF_SITE) ? OFF_SITE + "Minutes" : "serviceMinutes")),
        standard.deadline(serviceNorm).map(CaseStatusReader::minutes).orElse(null), serviceNorm,
        at((Date) variables.get("breach_" + serviceNorm)), at((Date) variables.get(CaseVariables.BREACH_WAITING)),
        term,
        term == null ? null : standard.deadline("service").map(CaseStatusReader::minutes).orElse(null),
        term == null ? null : at((Date) variables.get("breach_service")));
  }

  /** S08's norm for an examination at home, in hospital or an institution (item 7.4, line 28130). */
  static final String OFF_SITE = "serviceTimeOffSite";

  /** S07's service term of item 7.1 (line 23355), measured as a norm (the counter's time is serviceMinutes). */
  static final String SERVICE_TERM_MINUTES = "serviceTermMinutes";

  private static Integer minutes(Standard.Deadline norm) {
    return switch (norm.unit()) {
      case minutes -> norm.value();
      case hours -> norm.value() * 60;
      default -> null;
    };
  }

  private static Long number(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  /**
   * The complaints about the case the caller may read, oldest first. Found by their variable caseBusinessKey among the
   * complaint process's variables (the variables' name and process indexes), not by a query of instances joined to
   * every variable; the caller's authorizations are then checked on those instances by id.
   */
  private List<HistoricProcessInstance> complaints(String businessKey) {
    java.util.Set<String> ids = throughTheCase(() -> history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(COMPLAINT_PROCESS).variableValueEquals(CaseVariables.CASE_BUSINESS_KEY, businessKey)
        .list().stream().map(HistoricVariableInstance::getProcessInstanceId)
        .collect(java.util.stream.Collectors.toSet()));
    return ids.isEmpty() ? List.of() : history.createHistoricProcessInstanceQuery().processInstanceIds(ids)
        .processDefinitionKey(COMPLAINT_PROCESS).orderByProcessInstanceStartTime().asc().list();
  }

  private String decision(String complaintId) {
    var decision = history.createHistoricVariableInstanceQuery().processInstanceId(complaintId)
        .variableName("complaintDecision").singleResult();
    return decision == null ? null : (String) decision.getValue();
  }

  private OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }
}
