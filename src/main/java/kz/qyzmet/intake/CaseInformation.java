package kz.qyzmet.intake;

import kz.qyzmet.messages.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import kz.qyzmet.cases.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The portal's information request (item 7.1 of the standards that have one: "порталда ... ақпарат алу"), answered
 * from the case data by process {@code portal-information} within the catalogue's {@code portalInformation} term.
 */
@Component("caseInformation")
public class CaseInformation {

  public static final String PROCESS = "portal-information";

  private final CaseStatusReader reader;
  private final StandardsCatalogue catalogue;
  private final RuntimeService runtime;
  private final ObjectMapper json;

  CaseInformation(CaseStatusReader reader, StandardsCatalogue catalogue, RuntimeService runtime, ObjectMapper json) {
    this.reader = reader;
    this.catalogue = catalogue;
    this.runtime = runtime;
    this.json = json;
  }

  /** Registers a portal request about a case the caller may read; returns the id of the request. */
  public String request(String businessKey) {
    // The case as stored, not its status: registering the request needs its standard and branch (the answer, read
    // when the request is answered, is the status).
    CaseStatusReader.Loaded loaded = reader.load(businessKey);
    Standard standard = catalogue.get(loaded.standard());
    if (standard.channel("portal").isEmpty() || standard.deadline("portalInformation").isEmpty()) {
      throw new InvalidRequestException("standard", Messages.text("rule.information.notOnPortal", standard.code()));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_BUSINESS_KEY, businessKey);
    variables.put(CaseVariables.STANDARD, standard.code());
    variables.put("requestedAt", EngineClock.now());
    Map<String, Object> caseVariables = loaded.variables();
    for (String name : new String[] {CaseVariables.REGION, CaseVariables.DISTRICT, CaseVariables.OFFICE_ID,
        CaseVariables.OFFICE_ZONE}) {
      variables.put(name, caseVariables.get(name)); // routes an escalation to the head of the case's branch
    }
    return runtime.startProcessInstanceByKey(PROCESS, businessKey, variables).getId();
  }

  /** Service task of {@code portal-information}: the answer, as JSON, from the case's current status. */
  public void answer(DelegateExecution execution) throws JsonProcessingException {
    CaseStatus status = reader.read((String) execution.getVariable(CaseVariables.CASE_BUSINESS_KEY));
    execution.setVariable("answer", json.writeValueAsString(status));
    execution.setVariable("answeredAt", EngineClock.now());
  }
}
