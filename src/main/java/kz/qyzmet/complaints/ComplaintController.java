package kz.qyzmet.complaints;

import kz.qyzmet.messages.Messages;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.intake.CaseNotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import kz.qyzmet.cases.EngineClock;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/complaints} registers a complaint and returns its talon; {@code GET /api/complaints/{number}}. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  private final Complaints complaints;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final StatutoryCalendar calendar;

  ComplaintController(Complaints complaints, RuntimeService runtime, HistoryService history, TaskService tasks,
      IdentityService identity, StatutoryCalendar calendar) {
    this.complaints = complaints;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.calendar = calendar;
  }

  @PostMapping
  ResponseEntity<Talon> register(@RequestBody ComplaintRequest request) {
    Instant now = EngineClock.instant();
    Map<String, Object> variables = complaints.check(request, now);
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    String number = complaints.newNumber(now, zone);
    var authentication = identity.getCurrentAuthentication();
    variables.put("registeredBy", authentication == null ? null : authentication.getUserId());
    runtime.startProcessInstanceByKey(Complaints.PROCESS, number, variables);
    Date due = dueOf(variables);
    return ResponseEntity.created(URI.create("/api/complaints/" + number)).body(new Talon(number, at(Date.from(now), zone),
        (String) variables.get("registeredBy"), (String) variables.get(CaseVariables.REVIEW_BODY), at(due, zone),
        "/api/complaints/" + number, Messages.text("talon.answerBy"), request.caseBusinessKey()));
  }

  @GetMapping("/{number}")
  ComplaintStatus status(@PathVariable String number) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(
        Complaints.PROCESS).processInstanceBusinessKey(number).singleResult();
    if (instance == null) {
      throw new CaseNotFoundException(number);
    }
    return read(instance);
  }

  private ComplaintStatus read(HistoricProcessInstance instance) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    List<String> waiting = tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
    return new ComplaintStatus(instance.getBusinessKey(),
        instance.getEndTime() == null ? ComplaintStatus.UNDER_REVIEW : ComplaintStatus.ANSWERED,
        (String) variables.get(CaseVariables.CASE_BUSINESS_KEY), (String) variables.get(CaseVariables.STANDARD),
        (String) variables.get("concerns"), (String) variables.get(CaseVariables.REVIEW_BODY),
        at((Date) variables.get(CaseVariables.RECEIVED_AT), zone), at(dueOf(variables), zone),
        Boolean.TRUE.equals(variables.get("extended")), at((Date) variables.get("reviewBreachedAt"), zone),
        (String) variables.get("complaintDecision"), waiting);
  }

  private Date dueOf(Map<String, Object> variables) {
    return complaints.reviewDue((Date) variables.get(CaseVariables.RECEIVED_AT), Boolean.TRUE.equals(variables.get("extended")),
        (String) variables.get(Deadlines.OFFICE_ZONE));
  }

  private static OffsetDateTime at(Date date, ZoneId zone) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }
}
