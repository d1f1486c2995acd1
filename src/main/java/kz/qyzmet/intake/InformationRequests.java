package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** Reads portal information requests (process {@code portal-information}) with the caller's authorizations. */
@Component
class InformationRequests {

  private final HistoryService history;
  private final StandardsCatalogue catalogue;
  private final Deadlines deadlines;
  private final ZoneId zone;

  InformationRequests(HistoryService history, StandardsCatalogue catalogue, Deadlines deadlines,
      StatutoryCalendar calendar) {
    this.history = history;
    this.catalogue = catalogue;
    this.deadlines = deadlines;
    this.zone = calendar.defaultZone();
  }

  InformationRequest read(String id) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id)
        .processDefinitionKey(CaseInformation.PROCESS).singleResult();
    if (instance == null) {
      throw new CaseNotFoundException(id);
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    Date requestedAt = (Date) variables.get("requestedAt");
    var deadline = catalogue.get((String) variables.get(CaseVariables.STANDARD)).deadline("portalInformation").orElseThrow();
    String answer = (String) variables.get("answer");
    return new InformationRequest(id, instance.getBusinessKey(),
        answer == null ? InformationRequest.PENDING : InformationRequest.ANSWERED, at(requestedAt),
        at(deadlines.due(deadline, requestedAt, (String) variables.get(Deadlines.OFFICE_ZONE))),
        at((Date) variables.get("answeredAt")), answer);
  }

  private OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }
}
