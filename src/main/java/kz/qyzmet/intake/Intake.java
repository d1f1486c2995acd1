package kz.qyzmet.intake;

import kz.qyzmet.messages.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.api.InvalidRequestException.Violation;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.AddressDirectory;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.OfficeAssignment;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import kz.qyzmet.documents.Documents;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseNumbers;
import kz.qyzmet.cases.CaseVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import kz.qyzmet.cases.EngineClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Intake of an application, shared by every standard and every channel: checks the applicant and the documents against
 * the catalogue and turns the application into the case's variables. An incomplete set is not an error: the case starts
 * and ends at once on the refusal path of item 16, so that the refusal receipt is issued and the refused intake is
 * counted; everything else that is wrong is a {@link InvalidRequestException} naming the field, and nothing starts.
 */
@Component("intake")
public class Intake {

  private final StandardsCatalogue catalogue;
  private final OfficeRouter offices;
  private final MobileCentreVisits visits;
  private final StatutoryCalendar calendar;
  private final Deadlines deadlines;
  private final RuntimeService runtime;
  private final Employees employees;
  private final MeterRegistry meters;
  private final Documents documents;
  private final kz.qyzmet.calendar.OfficeHours officeHours;
  private final IdentityService identity;
  private final AddressDirectory addresses;

  /** The document by which another person represents the applicant (S05, S07, S09, S10 item 11). */
  static final String POWER_OF_ATTORNEY = "powerOfAttorney";

  /** The moment the office serves an application taken outside its hours (absent when taken within them). */
  public static final String OFFICE_SERVES_FROM = "officeServesFrom";

  public Intake(StandardsCatalogue catalogue, OfficeRouter offices, MobileCentreVisits visits,
      StatutoryCalendar calendar, Deadlines deadlines, RuntimeService runtime, Employees employees,
      MeterRegistry meters, kz.qyzmet.calendar.OfficeHours officeHours, Documents documents,
      IdentityService identity, AddressDirectory addresses) {
    this.addresses = addresses;
    this.officeHours = officeHours;
    this.identity = identity;
    this.catalogue = catalogue;
    this.offices = offices;
    this.visits = visits;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.employees = employees;
    this.meters = meters;
    this.documents = documents;
  }

  /**
   * The checked application: its standard, the documents that are missing for a complete set, and the office that
   * takes it (named on the receipt).
   */
  public record Checked(ApplicationRequest request, Standard standard, List<Standard.Document> presented,
      List<Standard.Document> missing, OfficeAssignment office, MobileCentreVisits.Visit visit) {
    public boolean complete() {
      return missing.isEmpty();
    }
  }

  /** Every rule of the request, checked at once; throws with all broken rules named. */
  public Checked check(ApplicationRequest application) {
    List<Violation> violations = new ArrayList<>();
    Standard standard = standard(application, violations);
    applicant(application, violations);
    ApplicationRequest request = address(application, violations);
    representative(request, violations);
    times(request, violations);
    MobileCentreVisits.Visit visit = visit(request, violations);
    List<Standard.Document> presented = new ArrayList<>();
    List<Standard.Document> missing = List.of();
    if (standard != null) {
      subtypeAndChannel(standard, request, violations);
      missing = documents(standard, request, presented, violations);
    }
    OfficeAssignment office = violations.isEmpty() ? office(standard, request, violations) : null;
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return new Checked(request, standard, presented, missing, office, visit);
  }

  /** An application accepted: numbered in its region's zone, with the case's variables and the receipt. */
  public record Accepted(Checked checked, String businessKey, ZoneId zone, Map<String, Object> variables,
      Receipt receipt) {}

  /**
   * The one intake path of every channel: checks the application, numbers it (the day in the zone of the applicant's
   * region), prepares the case's variables and the receipt. {@code businessKey} is kept when the caller gave one.
   */
  public Accepted accept(ApplicationRequest request, Instant acceptedAt, String businessKey) {
    Checked checked = check(request);
    Map<String, Object> variables = variables(checked, "", acceptedAt);
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    String key = businessKey == null || businessKey.isBlank()
        ? newBusinessKey(checked.standard().code(), acceptedAt, zone) : businessKey;
    variables.put(CaseVariables.CASE_NUMBER, key);
    return new Accepted(checked, key, zone, variables, receipt(variables));
  }

  /**
   * {@code POST /api/applications}: accepts the application and starts its case; a service given on the spot (an
   * automated one) has its result on the receipt.
   */
  public Receipt apply(ApplicationRequest request) {
    StartGuard.checkOffice(identity.getCurrentAuthentication(), request.officeId());
    Accepted accepted = accept(request, EngineClock.instant(), null);
    var started = StartGuard.prepared(accepted.businessKey(), () -> runtime
        .createProcessInstanceByKey(accepted.checked().standard().code()).businessKey(accepted.businessKey())
        .setVariables(accepted.variables()).executeWithVariablesInReturn());
    Receipt receipt = accepted.receipt();
    if (!accepted.businessKey().equals(started.getBusinessKey())) {
      // The number was taken: the start listener kept it unique per standard, and the receipt carries the new one.
      Map<String, Object> variables = new HashMap<>(accepted.variables());
      variables.put(CaseVariables.CASE_NUMBER, started.getBusinessKey());
      receipt = receipt(variables);
    }
    if (started.isEnded() && accepted.checked().complete()) {
      receipt = receipt.withResult(resultLine(accepted.checked().standard(),
          (String) started.getVariables().get(CaseVariables.RESULT)));
    }
    return receipt;
  }

  /** The standard: known to the catalogue, and not one of Decree No. 394 that Resolution No. 1059 only amends. */
  private Standard standard(ApplicationRequest request, List<Violation> violations) {
    if (request.standard() == null || request.standard().isBlank()) {
      violations.add(new Violation("standard",
          Messages.text("rule.standard.required", String.join(", ", catalogue.codes()))));
      return null;
    }
    Standard standard = catalogue.find(request.standard()).orElse(null);
    if (standard == null && catalogue.findAmended(request.standard()).isPresent()) {
      violations.add(new Violation("standard",
          Messages.text("rule.standard.amendedWithoutProcedure", request.standard())));
    } else if (standard == null) {
      violations.add(new Violation("standard", Messages.text("rule.standard.unknown", request.standard())));
    }
    return standard;
  }

  /** The applicant's identity and contact fields; the depositor's IIN of S07. */
  private static void applicant(ApplicationRequest request, List<Violation> violations) {
    var applicant = request.applicant();
    if (applicant == null) {
      violations.add(new Violation("applicant", Messages.text("rule.required")));
    } else {
      Iin.problem(applicant.iin()).ifPresent(rule -> violations.add(new Violation("applicant.iin", rule)));
      person(violations, "applicant", applicant.surname(), applicant.name(), applicant.patronymic(),
          applicant.phone());
      required(violations, "applicant.address", applicant.address(), 300);
      required(violations, "applicant.region", applicant.region(), 100);
      required(violations, "applicant.district", applicant.district(), 100);
      optional(violations, "applicant.email", applicant.email(), 254);
      if (applicant.email() != null && !applicant.email().isBlank()
          && !applicant.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        violations.add(new Violation("applicant.email", Messages.text("rule.email.format")));
      }
      if (applicant.language() != null && !applicant.language().isBlank()
          && !applicant.language().strip().matches("kk|ru")) {
        violations.add(new Violation("applicant.language", Messages.text("rule.language.documents")));
      }
    }
    if (request.depositorIin() != null && !request.depositorIin().isBlank()) {
      Iin.problem(request.depositorIin()).ifPresent(rule -> violations.add(new Violation("depositorIin", rule)));
    }
  }

  /**
   * The applicant's region and district as the directory lists them (the lists of the start forms, kz.qyzmet.forms):
   * a value not in the directory is refused naming the field, whether an office is chosen or not; the request goes on
   * with the directory's names, which are what the case stores.
   */
  private ApplicationRequest address(ApplicationRequest request, List<Violation> violations) {
    var applicant = request.applicant();
    if (applicant == null || applicant.region() == null || applicant.region().isBlank()
        || applicant.district() == null || applicant.district().isBlank()) {
      return request; // required, said by applicant()
    }
    try {
      AddressDirectory.Address address = addresses.address(applicant.region(), applicant.district());
      return new ApplicationRequest(request.standard(), request.channel(), request.subtype(),
          new ApplicationRequest.Applicant(applicant.iin(), applicant.surname(), applicant.name(),
              applicant.patronymic(), applicant.phone(), applicant.address(), address.regionName(),
              address.district(), applicant.email(), applicant.language()),
          request.documents(), request.arrivedAt(), request.serviceStartedAt(), request.officeId(),
          request.depositorIin(), request.mobileVisit(), request.representative(), request.peopleAheadInQueue());
    } catch (DirectoryException e) {
      violations.add(new Violation("applicant." + e.parameter(), e.getMessage()));
      return request;
    }
  }

  /**
   * The representative acting with a power of attorney, when named: name and phone, as the receipt of item 14.2 names
   * them (e.g. S01 lines 686-688).
   */
  private static void representative(ApplicationRequest request, List<Violation> violations) {
    var representative = request.representative();
    if (representative == null) {
      return;
    }
    person(violations, "representative", representative.surname(), representative.name(),
        representative.patronymic(), representative.phone());
  }

  /** The name and phone of a person the application names (the applicant, the representative). */
  private static void person(List<Violation> violations, String field, String surname, String name,
      String patronymic, String phone) {
    required(violations, field + ".surname", surname, 100);
    required(violations, field + ".name", name, 100);
    optional(violations, field + ".patronymic", patronymic, 100);
    required(violations, field + ".phone", phone, 30);
    if (phone != null && !phone.isBlank() && !phone.matches("\\+?[0-9 ()-]{5,30}")) {
      violations.add(new Violation(field + ".phone", Messages.text("rule.phone.characters")));
    }
  }

  /**
   * The waiting and service times of items 7.2 and 7.3, when given, and the queue the applicant found (waiting norms
   * set per person in the queue, S08 line 28122, S11 line 38775, S12 line 40764).
   */
  private static void times(ApplicationRequest request, List<Violation> violations) {
    StartGuard.moment(violations, "arrivedAt", request.arrivedAt());
    StartGuard.moment(violations, "serviceStartedAt", request.serviceStartedAt());
    if (request.peopleAheadInQueue() != null
        && (request.peopleAheadInQueue() < 0 || request.peopleAheadInQueue() > 10_000)) {
      violations.add(new Violation("peopleAheadInQueue", Messages.text("rule.peopleAheadInQueue.range", 0, 10_000)));
    }
    if (request.arrivedAt() != null && request.serviceStartedAt() != null
        && request.serviceStartedAt().isBefore(request.arrivedAt())) {
      violations.add(new Violation("serviceStartedAt", Messages.text("rule.serviceStartedAt.beforeArrival")));
    }
  }

  /** The mobile centre's visit that takes the application: named only at channel mobilePsc, and open now. */
  private MobileCentreVisits.Visit visit(ApplicationRequest request, List<Violation> violations) {
    if (request.mobileVisit() == null || request.mobileVisit().isBlank()) {
      return null;
    }
    if (!"mobilePsc".equals(request.channel())) {
      violations.add(new Violation("mobileVisit", Messages.text("rule.mobileVisit.onlyMobileCentre")));
      return null;
    }
    MobileCentreVisits.Visit visit = visits.open(request.mobileVisit().strip()).orElse(null);
    if (visit == null) {
      violations.add(new Violation("mobileVisit",
          Messages.text("rule.mobileVisit.notOpen", request.mobileVisit().strip())));
    }
    return visit;
  }

  /** The sub-type the standard has, and a channel the standard (or its sub-type) takes applications at. */
  private static void subtypeAndChannel(Standard standard, ApplicationRequest request, List<Violation> violations) {
    if (!standard.subtypes().isEmpty() && (request.subtype() == null || standard.subtype(request.subtype()).isEmpty())) {
      violations.add(new Violation("subtype", Messages.text("rule.oneOf", standard.subtypes().stream()
          .map(Standard.Subtype::code).toList().toString())));
    } else if (standard.subtypes().isEmpty() && request.subtype() != null) {
      violations.add(new Violation("subtype", Messages.text("rule.subtype.none", standard.code())));
    } else {
      Set<String> channels = standard.applicationChannels(request.subtype());
      if (request.channel() == null || !channels.contains(request.channel())) {
        violations.add(new Violation("channel", request.subtype() == null
            ? Messages.text("rule.channel.notTaken", standard.code(), channels.toString())
            : Messages.text("rule.channel.notTakenForSubtype", standard.code(), request.subtype(),
                channels.toString())));
      }
    }
  }

  /**
   * The documents presented (added to {@code presented}) and those a complete set lacks (returned): an unknown code, a
   * document the channel does not ask for, or a power of attorney without the representative is a violation, a missing
   * document is not (item 16: refusal receipt).
   */
  private static List<Standard.Document> documents(Standard standard, ApplicationRequest request,
      List<Standard.Document> presented, List<Violation> violations) {
    Set<String> codes = new LinkedHashSet<>(request.documents() == null ? List.of() : request.documents());
    for (String code : codes) {
      standard.document(code).ifPresentOrElse(presented::add, () -> violations.add(new Violation("documents",
          Messages.text("rule.documents.unknownCode", code, request.standard()))));
    }
    for (Standard.Document document : presented) {
      if (request.channel() != null && !document.askedAt(request.channel())) {
        violations.add(new Violation("documents", Messages.text("rule.documents.notAtChannel", document.code(),
            document.channels().toString(), request.channel(), request.standard(), document.item(),
            String.valueOf(document.line()))));
      }
    }
    var representative = request.representative();
    if (representative == null && codes.contains(POWER_OF_ATTORNEY)) {
      // The receipt of item 14.2 names the representative and their phone (e.g. S01 lines 686-688).
      violations.add(new Violation("representative",
          Messages.text("rule.representative.withPowerOfAttorney", POWER_OF_ATTORNEY)));
    }
    if (request.subtype() != null && standard.subtype(request.subtype()).isEmpty()) {
      return List.of();
    }
    Set<String> covered = new LinkedHashSet<>(codes);
    presented.stream().map(Standard.Document::replaces).filter(java.util.Objects::nonNull).forEach(covered::add);
    List<Standard.Document> lacking = new ArrayList<>(standard.requiredDocuments(request.subtype(), request.channel())
        .stream().filter(document -> !covered.contains(document.code())).toList());
    if (representative != null && !covered.contains(POWER_OF_ATTORNEY)) {
      // Another person represents the applicant: the notarised power of attorney is then required (e.g. S07 line
      // 23413), and an incomplete set without it is refused like any other.
      standard.document(POWER_OF_ATTORNEY).filter(document -> document.askedAt(request.channel()))
          .ifPresent(lacking::add);
    }
    for (Standard.Alternatives alternatives : standard.documentAlternatives()) {
      if (alternatives.documents().stream().noneMatch(covered::contains)) {
        // None of the alternatives: named on the refusal receipt as the group the standard's item describes.
        lacking.add(alternativesLine(alternatives));
      }
    }
    return lacking;
  }

  private static Standard.Document alternativesLine(Standard.Alternatives alternatives) {
    return new Standard.Document(alternatives.code(), alternatives.name(), alternatives.item(), alternatives.line(),
        true, null, false, null, null);
  }

  /** The directory's refusal as a rule in the request's language. */
  private static String directoryRule(DirectoryException e, ApplicationRequest request, String role) {
    var applicant = request.applicant();
    if (e instanceof DirectoryException.UnknownRegionException && applicant != null) {
      return Messages.text("rule.region.unknown", applicant.region());
    }
    if (e instanceof DirectoryException.UnknownDistrictException && applicant != null) {
      return Messages.text("rule.district.unknown", applicant.district(),
          Region.parse(applicant.region()).map(Region::nameKk).orElse(applicant.region()));
    }
    if (e instanceof DirectoryException.UnknownOfficeException) {
      return Messages.text("rule.office.unknown", request.officeId());
    }
    if (e instanceof DirectoryException.NoResponsibleOfficeException && "district".equals(e.parameter())
        && applicant != null) {
      return Messages.text("rule.office.noneInDistrict", applicant.district(),
          kz.qyzmet.messages.FieldErrors.label("officeId"));
    }
    if (e instanceof DirectoryException.NoResponsibleOfficeException && "officeId".equals(e.parameter())
        && role != null) {
      return Messages.text("rule.office.noneOfRole", role);
    }
    if (e instanceof DirectoryException.NoResponsibleOfficeException) {
      return Messages.text("rule.office.none");
    }
    return Messages.text("rule.directory.invalid");
  }

  /** The office that takes the application at its channel: the one chosen, or the one of the applicant's district. */
  private OfficeAssignment office(Standard standard, ApplicationRequest request, List<Violation> violations) {
    String role = null;
    try {
      role = standard.intakeRole(request.channel());
      return request.officeId() != null ? offices.resolve(request.officeId(), role)
          : offices.resolve(standard.code(), role, request.applicant().region(), request.applicant().district());
    } catch (DirectoryException e) {
      String field = switch (e.parameter()) {
        case "region", "district" -> "applicant." + e.parameter();
        default -> e.parameter();
      };
      violations.add(new Violation(field, directoryRule(e, request, role)));
      return null;
    }
  }

  /** The case's variables for a checked application accepted at {@code acceptedAt}. */
  public Map<String, Object> variables(Checked checked, String businessKey, Instant acceptedAt) {
    ApplicationRequest request = checked.request();
    var applicant = request.applicant();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.STANDARD, checked.standard().code());
    variables.put(CaseVariables.CASE_NUMBER, businessKey);
    variables.put(CaseVariables.CHANNEL, request.channel());
    variables.put(CaseVariables.SUBTYPE, request.subtype());
    variables.put(CaseVariables.APPLICANT_IIN, applicant.iin());
    variables.put(CaseVariables.APPLICANT_SURNAME, applicant.surname().strip());
    variables.put(CaseVariables.APPLICANT_NAME, applicant.name().strip());
    variables.put(CaseVariables.APPLICANT_PATRONYMIC, applicant.patronymic() == null ? null : applicant.patronymic().strip());
    variables.put(CaseVariables.APPLICANT_PHONE, applicant.phone().strip());
    variables.put(CaseVariables.APPLICANT_ADDRESS, applicant.address().strip());
    variables.put(CaseVariables.REGION, applicant.region().strip());
    variables.put(CaseVariables.DISTRICT, applicant.district().strip());
    if (applicant.email() != null && !applicant.email().isBlank()) {
      variables.put(CaseVariables.APPLICANT_EMAIL, applicant.email().strip());
    }
    if (applicant.language() != null && !applicant.language().isBlank()) {
      variables.put(CaseVariables.DOCUMENT_LANGUAGE, applicant.language().strip());
    }
    // Deadlines end at 18:00 in the zone of the applicant's region (Deadlines, officeZone).
    variables.put(Deadlines.OFFICE_ZONE,
        Region.parse(applicant.region().strip()).map(region -> region.zone().getId()).orElse(null));
    variables.put(CaseVariables.OFFICE_ID, request.officeId());
    // A term in minutes counts the serving time of the office that took the application (calendar/office-hours.yaml).
    String hours = officeHours.scheduleOf(checked.office().office().kind().name(), request.channel());
    String zone = (String) variables.get(Deadlines.OFFICE_ZONE);
    variables.put(Deadlines.OFFICE_HOURS, hours);
    if (request.depositorIin() != null && !request.depositorIin().isBlank()) {
      variables.put(CaseVariables.DEPOSITOR_IIN, request.depositorIin().strip());
    }
    var representative = request.representative();
    // A representative with a notarised power of attorney acts for the applicant (S07: may ask about the represented
    // depositor's money, line 23413).
    variables.put(CaseVariables.REPRESENTED_BY_ATTORNEY, representative != null);
    if (representative != null) {
      variables.put(CaseVariables.REPRESENTATIVE_SURNAME, representative.surname().strip());
      variables.put(CaseVariables.REPRESENTATIVE_NAME, representative.name().strip());
      variables.put(CaseVariables.REPRESENTATIVE_PATRONYMIC,
          representative.patronymic() == null ? null : representative.patronymic().strip());
      variables.put(CaseVariables.REPRESENTATIVE_PHONE, representative.phone().strip());
    }
    // The employee who accepted the documents (item 14.2, e.g. S01 line 686).
    employees.current().ifPresent(employee -> {
      variables.put(CaseVariables.ACCEPTED_BY, employee.id());
      variables.put(CaseVariables.ACCEPTED_BY_NAME, employee.name());
    });
    variables.put(CaseVariables.INTAKE_OFFICE_ID, checked.office().office().id());
    variables.put(CaseVariables.INTAKE_OFFICE_NAME, checked.office().office().name());
    variables.put(CaseVariables.DOCUMENTS_PRESENTED, codes(checked.presented()));
    variables.put(CaseVariables.MISSING_DOCUMENTS, codes(checked.missing()));
    variables.put(CaseVariables.DOCUMENTS_COMPLETE, checked.complete());
    Date accepted = Date.from(acceptedAt);
    variables.put(CaseVariables.ACCEPTED_AT, accepted);
    Date servesFrom = officeHours.servesFrom(accepted, hours, zone);
    if (!servesFrom.equals(accepted)) {
      // Taken outside the office's hours (the API takes applications at any time): the office serves it from then.
      variables.put(OFFICE_SERVES_FROM, servesFrom);
    }
    if ("branch".equals(request.channel()) || "portal".equals(request.channel())) {
      // Filed with the deciding body itself: registered when accepted (item 7.1: the term runs from registration).
      variables.put(CaseVariables.REGISTERED_AT, accepted);
    }
    // Waiting and service norms (item 7.2 and 7.3): recorded per case for the quality reports.
    variables.put(CaseVariables.SERVICE_ENDED_AT, accepted);
    if (request.arrivedAt() != null) {
      variables.put(CaseVariables.ARRIVED_AT, Date.from(request.arrivedAt().toInstant()));
    }
    if (request.peopleAheadInQueue() != null) {
      variables.put(CaseVariables.PEOPLE_AHEAD_IN_QUEUE, request.peopleAheadInQueue());
    }
    if (request.serviceStartedAt() != null) {
      Instant serviceStarted = request.serviceStartedAt().toInstant();
      variables.put(CaseVariables.SERVICE_STARTED_AT, Date.from(serviceStarted));
      variables.put(CaseVariables.SERVICE_MINUTES,
          officeHours.minutesBetween(Date.from(serviceStarted), accepted, hours, zone));
      checked.standard().deadline("serviceTime").ifPresent(norm ->
          norm(variables, checked.standard(), norm, serviceStarted, acceptedAt, null, hours, zone));
      if (request.arrivedAt() != null) {
        variables.put(CaseVariables.WAITING_MINUTES, officeHours.minutesBetween(
            Date.from(request.arrivedAt().toInstant()), Date.from(serviceStarted), hours, zone));
        checked.standard().deadline("waiting").ifPresent(norm -> norm(variables, checked.standard(), norm,
            request.arrivedAt().toInstant(), serviceStarted, request.peopleAheadInQueue(), hours, zone));
      }
    }
    if (checked.visit() != null) {
      // Taken by a mobile centre on its visit: the visit measures the centre's minimum stay (mobilePscStay).
      variables.put(CaseVariables.MOBILE_PSC_VISIT, checked.visit().key());
      variables.put(CaseVariables.MOBILE_PSC_ARRIVED_AT, checked.visit().arrivedAt());
      variables.put(CaseVariables.MOBILE_PSC_SETTLEMENT, checked.visit().settlement());
    }
    variables.put(CaseVariables.INTAKE_PREPARED, true);
    return variables;
  }

  /**
   * A waiting or service norm of the counter (item 7.2, 7.3) measured at intake: its limit (times the queue the
   * applicant found where the norm is per person, S08 line 28122) as {@code <id>Limit}, and when it was exceeded the
   * breach as for a deadline: variable {@code breach_<id>} (the moment the limit ran out) and the metric
   * {@code qyzmet.deadline.breaches}.
   */
  private void norm(Map<String, Object> variables, Standard standard, Standard.Deadline norm, Instant start,
      Instant end, Integer queue, String hours, String zone) {
    if (norm.unit() != Standard.Deadline.Unit.minutes || norm.isPerPersonInQueue() && queue == null) {
      return; // a per-person norm without the queue is judged where the queue is recorded (S08's document check)
    }
    int limit = norm.valueFor(queue);
    variables.put(norm.id() + "Limit", limit);
    // Counted in the office's serving time, from the moment it serves (calendar/office-hours.yaml).
    Instant bound = officeHours.plusMinutes(Date.from(start), limit, hours, zone).toInstant();
    if (end.isAfter(bound)) {
      variables.put(Deadlines.BREACH_PREFIX + norm.id(), Date.from(bound));
      if (meters != null) {
        meters.counter("qyzmet.deadline.breaches", "standard", standard.code(), "deadline", norm.id()).increment();
      }
    }
  }

  /**
   * Start listener of every standard's diagram: a case started from a Tasklist start form goes through
   * {@link #accept} here, the same way as one started by the API (which has accepted it before it starts). A broken
   * form is refused with a message naming each field, and nothing starts.
   */
  public void prepare(DelegateExecution execution) {
    if (StartGuard.alreadyChecked(execution)) { // by IntakeStartListener, before the diagram's own listener
      return;
    }
    String standard = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    if (StartGuard.preparedByIntake(execution)) { // the intake API accepted it; any other start is accepted here
      StartGuard.keepUnique(execution, standard);
    } else {
      acceptFromForm(execution, standard);
    }
    StartGuard.checked(execution);
    // The receipt (item 14.2) or refusal receipt (item 16) of either way in, in the transaction that starts the case.
    documents.issueReceipt(execution);
  }

  private void acceptFromForm(DelegateExecution execution, String standard) {
    Accepted accepted;
    try {
      accepted = accept(request(standard, execution), EngineClock.instant(), execution.getProcessBusinessKey());
    } catch (InvalidRequestException e) {
      kz.qyzmet.messages.FieldErrors.remember(e.violations().stream()
          .map(v -> kz.qyzmet.messages.FieldErrors.of(v.field(), v.rule())).toList());
      throw new BadUserRequestException(Messages.text("application.invalid", e.getMessage()));
    }
    if (!accepted.businessKey().equals(execution.getProcessBusinessKey())) {
      execution.setProcessBusinessKey(accepted.businessKey());
    }
    String businessKey = StartGuard.keepUnique(execution, standard);
    execution.removeVariable(CaseVariables.DOCUMENTS);
    Map<String, Object> variables = new HashMap<>(accepted.variables());
    variables.put(CaseVariables.CASE_NUMBER, businessKey);
    execution.setVariables(variables);
  }

  /** The start form's fields: the same names as the case's variables, the checklist under {@code documents}. */
  private static ApplicationRequest request(String standard, DelegateExecution execution) {
    return new ApplicationRequest(standard, text(execution, CaseVariables.CHANNEL),
        text(execution, CaseVariables.SUBTYPE),
        new ApplicationRequest.Applicant(text(execution, CaseVariables.APPLICANT_IIN),
            text(execution, CaseVariables.APPLICANT_SURNAME), text(execution, CaseVariables.APPLICANT_NAME),
            text(execution, CaseVariables.APPLICANT_PATRONYMIC), text(execution, CaseVariables.APPLICANT_PHONE),
            text(execution, CaseVariables.APPLICANT_ADDRESS), text(execution, CaseVariables.REGION),
            text(execution, CaseVariables.DISTRICT), text(execution, CaseVariables.APPLICANT_EMAIL),
            text(execution, CaseVariables.DOCUMENT_LANGUAGE)),
        list(execution.getVariable(CaseVariables.DOCUMENTS)), null, null, text(execution, CaseVariables.OFFICE_ID),
        text(execution, CaseVariables.DEPOSITOR_IIN), text(execution, CaseVariables.MOBILE_VISIT),
        representative(execution), peopleAheadInQueue(execution));
  }

  /** The persons ahead in the queue (start form field peopleAheadInQueue); null when not given. */
  private static Integer peopleAheadInQueue(DelegateExecution execution) {
    Object value = execution.getVariable(CaseVariables.PEOPLE_AHEAD_IN_QUEUE);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.toString().strip()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new InvalidRequestException(CaseVariables.PEOPLE_AHEAD_IN_QUEUE, Messages.text("rule.wholeNumber"));
    }
  }

  /** The representative of a start form (fields representativeSurname, ...); null when none is named. */
  private static ApplicationRequest.Representative representative(DelegateExecution execution) {
    String surname = text(execution, CaseVariables.REPRESENTATIVE_SURNAME);
    String name = text(execution, CaseVariables.REPRESENTATIVE_NAME);
    String phone = text(execution, CaseVariables.REPRESENTATIVE_PHONE);
    if ((surname == null || surname.isBlank()) && (name == null || name.isBlank())
        && (phone == null || phone.isBlank())) {
      return null;
    }
    return new ApplicationRequest.Representative(surname, name,
        text(execution, CaseVariables.REPRESENTATIVE_PATRONYMIC), phone);
  }

  /**
   * The receipt of a case from its variables (as {@link #accept} wrote them): item 14's receipt, or item 16's refusal
   * receipt naming each missing document. Both ways in answer with it.
   */
  public Receipt receipt(Map<String, Object> variables) {
    Standard standard = catalogue.get((String) variables.get(CaseVariables.STANDARD));
    String channel = (String) variables.get(CaseVariables.CHANNEL);
    String businessKey = (String) variables.get(CaseVariables.CASE_NUMBER);
    ZoneId zone = calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE));
    Date acceptedAt = (Date) variables.get(CaseVariables.ACCEPTED_AT);
    var accepted = documents(standard, (String) variables.get(CaseVariables.DOCUMENTS_PRESENTED));
    var missing = documents(standard, (String) variables.get(CaseVariables.MISSING_DOCUMENTS));
    var applicant = Receipt.Person.of((String) variables.get(CaseVariables.APPLICANT_SURNAME),
        (String) variables.get(CaseVariables.APPLICANT_NAME), (String) variables.get(CaseVariables.APPLICANT_PATRONYMIC),
        (String) variables.get(CaseVariables.APPLICANT_PHONE));
    var representative = Boolean.TRUE.equals(variables.get(CaseVariables.REPRESENTED_BY_ATTORNEY))
        ? Receipt.Person.of((String) variables.get(CaseVariables.REPRESENTATIVE_SURNAME),
            (String) variables.get(CaseVariables.REPRESENTATIVE_NAME),
            (String) variables.get(CaseVariables.REPRESENTATIVE_PATRONYMIC),
            (String) variables.get(CaseVariables.REPRESENTATIVE_PHONE))
        : null;
    String acceptedBy = (String) variables.get(CaseVariables.ACCEPTED_BY_NAME);
    Receipt.Office office = offices.find((String) variables.get(CaseVariables.INTAKE_OFFICE_ID))
        .map(o -> new Receipt.Office(o.id(), o.name(), o.address(), o.phone(), o.schedule())).orElse(null);
    if (!missing.isEmpty()) {
      // Item 16: at a centre some standards name the centre's own refusal to accept (e.g. S02 line 4647).
      boolean atCentre = !channel.equals("branch");
      var ground = standard.refusalGrounds().stream()
          .filter(g -> atCentre && g.code().equals("incompleteDocumentsAtPsc")).findFirst()
          .or(() -> standard.refusalGrounds().stream().filter(g -> g.code().equals("incompleteDocuments")).findFirst());
      return new Receipt(businessKey, Receipt.REFUSED, at(acceptedAt, zone), standard.code(), standard.title(), channel,
          accepted, missing, ground.map(g -> new Receipt.RefusalLine(g.code(), g.text().kk(),
              citation(standard, g.item(), g.line()))).orElse(null), null, office, null, applicant,
          representative, acceptedBy, at((Date) variables.get(OFFICE_SERVES_FROM), zone));
    }
    return new Receipt(businessKey, Receipt.ACCEPTED, at(acceptedAt, zone), standard.code(), standard.title(), channel,
        accepted, List.of(), null, at(expectedResult(standard, channel, acceptedAt, zone,
            (String) variables.get(Deadlines.OFFICE_HOURS)), zone), office, null,
        applicant, representative, acceptedBy, at((Date) variables.get(OFFICE_SERVES_FROM), zone));
  }

  /**
   * The receipt of a started case, from its variables as the intake wrote them: {@link #receipt}, with the result
   * when the service was given on the spot (the case ended with a complete set and a result).
   */
  public Receipt receiptOfCase(Map<String, Object> variables) {
    Receipt receipt = receipt(variables);
    Object result = variables.get(CaseVariables.RESULT);
    if (Receipt.ACCEPTED.equals(receipt.kind()) && result instanceof String code
        && !Boolean.FALSE.equals(variables.get(CaseVariables.DOCUMENTS_COMPLETE))) {
      receipt = receipt.withResult(resultLine(catalogue.get(receipt.standard()), code));
    }
    return receipt;
  }

  /** The lines of a comma-separated list of document codes (a group of alternatives by its own name). */
  private static List<Receipt.DocumentLine> documents(Standard standard, String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(codes.split(",")).map(code -> standard.document(code)
        .or(() -> standard.documentAlternatives().stream().filter(a -> a.code().equals(code)).findFirst()
            .map(Intake::alternativesLine))
        .map(Receipt.DocumentLine::of).orElse(new Receipt.DocumentLine(code, null))).toList();
  }

  private static Receipt.ResultLine resultLine(Standard standard, String code) {
    if (code == null) {
      return null;
    }
    return standard.results().stream().filter(result -> result.code().equals(code)).findFirst()
        .map(result -> new Receipt.ResultLine(code, result.name().kk(),
            citation(standard, result.item(), result.line())))
        .orElse(new Receipt.ResultLine(code, null, null));
  }

  /** A decree citation on the receipt, in the user's language: "S07, 5.1-тармақ, 23339-жол". */
  private static String citation(Standard standard, String item, int line) {
    return Messages.text("citation", standard.code(), item, String.valueOf(line));
  }

  /**
   * The latest statutory date of the result ({@link Deadlines#expectedResult}, in the office's serving time
   * {@code hours}); null for a service on the spot.
   */
  private Date expectedResult(Standard standard, String channel, Date acceptedAt, ZoneId zone, String hours) {
    return deadlines.expectedResult(standard, channel, acceptedAt, zone.getId(), hours);
  }

  private static java.time.OffsetDateTime at(Date date, ZoneId zone) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }

  /**
   * The documents accepted with the application, by their Kazakh names in the catalogue, one per line, e.g. for the
   * hand-over form of the building block {@code branch-handover}: read from the case that called it (the building
   * block holds only what it needs, see BuildingBlockVariables).
   */
  public String presentedDocumentsText(DelegateExecution execution) {
    Object codes = null;
    for (DelegateExecution instance = execution.getProcessInstance(); instance != null && codes == null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      codes = instance.getVariable(CaseVariables.DOCUMENTS_PRESENTED);
    }
    Standard standard = catalogue.find(String.valueOf(execution.getVariable(CaseVariables.STANDARD))).orElse(null);
    if (codes == null || codes.toString().isBlank() || standard == null) {
      return Messages.text(Messages.KAZAKH, "documents.presented.none"); // kept by the task, with Kazakh names
    }
    List<String> names = new ArrayList<>();
    for (String code : codes.toString().split(",")) {
      names.add(standard.document(code.strip()).map(document -> document.name().kk()).orElse(code.strip()));
    }
    return String.join("; ", names);
  }

  /** A checklist arrives as a list, as JSON text or as Spin JSON from Tasklist; all become a list of codes. */
  static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof java.util.Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    String text = String.valueOf(value).strip();
    if (text.startsWith("[")) {
      try {
        return List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, String[].class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidRequestException("documents", Messages.text("rule.documents.notAList"));
      }
    }
    return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : String.valueOf(value);
  }

  /** A new receipt number, which is also the case's business key: S01-261125-7KQ2MXAB. */
  public String newBusinessKey(String standard, Instant at, ZoneId zone) {
    return CaseNumbers.next(standard, at, zone);
  }

  private static String codes(List<Standard.Document> documents) {
    return String.join(",", documents.stream().map(Standard.Document::code).toList());
  }

  private static void required(List<Violation> violations, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(field, Messages.text("rule.required")));
    } else {
      optional(violations, field, value, max);
    }
  }

  private static void optional(List<Violation> violations, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      violations.add(new Violation(field, Messages.text("rule.maxLength", String.valueOf(max))));
    } else if (value != null && !printable(value)) {
      violations.add(new Violation(field, Messages.text("rule.characters")));
    }
  }

  /**
   * Text a receipt can print: no control characters (but line breaks and tabs), no unpaired surrogates and no
   * Unicode non-characters, whichever way the application came in (the API's guard checks only {@code /api}).
   */
  public static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c < 0xa0) || c == 0xfffe
          || c == 0xffff) {
        return false;
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
