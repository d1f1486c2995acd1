package kz.qyzmet.intake;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.calendar.StatutoryCalendar;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake API: {@code POST /api/applications} starts a case of a standard and returns its receipt;
 * {@code GET /api/applications/{businessKey}} tells where the case stands.
 */
@RestController
@RequestMapping("/api/applications")
class IntakeController {

  private final Intake intake;
  private final RuntimeService runtime;
  private final Deadlines deadlines;
  private final StatutoryCalendar calendar;
  private final CaseStatusReader statusReader;
  private final CaseInformation information;
  private final InformationRequests informationRequests;
  private final IdentityService identity;

  IntakeController(Intake intake, RuntimeService runtime, Deadlines deadlines, StatutoryCalendar calendar,
      CaseStatusReader statusReader, CaseInformation information, InformationRequests informationRequests,
      IdentityService identity) {
    this.identity = identity;
    this.information = information;
    this.informationRequests = informationRequests;
    this.intake = intake;
    this.runtime = runtime;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.statusReader = statusReader;
  }

  @PostMapping
  ResponseEntity<Receipt> apply(@RequestBody ApplicationRequest request) {
    StartGuard.checkOffice(identity.getCurrentAuthentication(), request.officeId());
    Intake.Checked checked = intake.check(request);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, Object> variables = intake.variables(checked, "", now);
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    String key = intake.newBusinessKey(checked.standard().code(), now, zone);
    variables.put("caseNumber", key);
    var started = StartGuard.prepared(key, () -> runtime.createProcessInstanceByKey(checked.standard().code())
        .businessKey(key).setVariables(variables).executeWithVariablesInReturn());
    String businessKey = started.getBusinessKey(); // kept unique per standard by the start listener
    Receipt receipt = receipt(checked, businessKey, now, zone, (String) variables.get("acceptedByName"));
    if (started.isEnded() && checked.complete()) {
      // Served on the spot (an automated service): the result is part of the answer.
      receipt = receipt.withResult(resultLine(checked.standard(), (String) started.getVariables().get("result")));
    }
    return ResponseEntity.created(URI.create("/api/applications/" + businessKey)).body(receipt);
  }

  @GetMapping("/{businessKey}")
  CaseStatus status(@PathVariable String businessKey) {
    return statusReader.read(businessKey);
  }

  /** The portal's information request about a case; answered asynchronously within the standard's term. */
  @PostMapping("/{businessKey}/information-requests")
  ResponseEntity<InformationRequest> requestInformation(@PathVariable String businessKey) {
    String id = information.request(businessKey);
    return ResponseEntity.accepted().location(URI.create("/api/applications/" + businessKey
        + "/information-requests/" + id)).body(informationRequests.read(id));
  }

  @GetMapping("/{businessKey}/information-requests/{id}")
  InformationRequest information(@PathVariable String businessKey, @PathVariable String id) {
    InformationRequest request = informationRequests.read(id);
    if (!request.businessKey().equals(businessKey)) {
      throw new CaseNotFoundException(businessKey);
    }
    return request;
  }

  private Receipt receipt(Intake.Checked checked, String businessKey, Instant now, ZoneId zone, String acceptedBy) {
    Standard standard = checked.standard();
    var applicant = checked.request().applicant();
    var person = Receipt.Person.of(applicant.surname(), applicant.name(), applicant.patronymic(), applicant.phone());
    var representative = checked.request().representative() == null ? null : Receipt.Person.of(
        checked.request().representative().surname(), checked.request().representative().name(),
        checked.request().representative().patronymic(), checked.request().representative().phone());
    var accepted = checked.presented().stream().map(Receipt.DocumentLine::of).toList();
    if (!checked.complete()) {
      // Item 16: at a centre some standards name the centre's own refusal to accept (e.g. S02 line 4647).
      boolean atCentre = !checked.request().channel().equals("branch");
      var ground = standard.refusalGrounds().stream()
          .filter(g -> atCentre && g.code().equals("incompleteDocumentsAtPsc")).findFirst()
          .or(() -> standard.refusalGrounds().stream().filter(g -> g.code().equals("incompleteDocuments")).findFirst());
      return new Receipt(businessKey, Receipt.REFUSED, now.atZone(zone).toOffsetDateTime(), standard.code(),
          standard.title(), checked.request().channel(), accepted,
          checked.missing().stream().map(Receipt.DocumentLine::of).toList(),
          ground.map(g -> new Receipt.RefusalLine(g.code(), g.text().kk(), standard.code() + " item " + g.item()
              + ", line " + g.line())).orElse(null),
          null, office(checked), null, person, representative, acceptedBy);
    }
    return new Receipt(businessKey, Receipt.ACCEPTED, now.atZone(zone).toOffsetDateTime(), standard.code(),
        standard.title(), checked.request().channel(), accepted, java.util.List.of(), null,
        at(expectedResult(standard, checked.request().channel(), Date.from(now), zone), zone),
        office(checked), null, person, representative, acceptedBy);
  }

  private static Receipt.ResultLine resultLine(Standard standard, String code) {
    if (code == null) {
      return null;
    }
    return standard.results().stream().filter(result -> result.code().equals(code)).findFirst()
        .map(result -> new Receipt.ResultLine(code, result.name().kk(),
            standard.code() + " item " + result.item() + ", line " + result.line()))
        .orElse(new Receipt.ResultLine(code, null, null));
  }

  private static Receipt.Office office(Intake.Checked checked) {
    var office = checked.office().office();
    return new Receipt.Office(office.id(), office.name(), office.address(), office.phone(), office.schedule());
  }

  /**
   * The latest statutory date of the result: the centre's hand-over (if the application came through a centre), then
   * the service term, then the notification term, each counted from the end of the one before. Only terms the process
   * enforces (timers) count; a service given on the spot has no later result date (null).
   */
  private Date expectedResult(Standard standard, String channel, Date acceptedAt, ZoneId zone) {
    Date moment = acceptedAt;
    boolean counted = false;
    boolean viaCentre = channel.equals("psc") || channel.equals("mobilePsc");
    for (String id : viaCentre ? new String[] {"handover", "service", "notification"}
        : new String[] {"service", "notification"}) {
      var deadline = standard.deadline(id).filter(d -> d.kind() == Standard.Deadline.Kind.timer);
      if (deadline.isPresent()) {
        moment = deadlines.due(deadline.get(), moment, zone.getId());
        counted = true;
      }
    }
    return counted ? moment : null;
  }

  private static java.time.OffsetDateTime at(Date date, ZoneId zone) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }

}
