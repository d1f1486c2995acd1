package kz.qyzmet.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.api.InvalidRequestException.Violation;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.OfficeAssignment;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import kz.qyzmet.catalogue.Deadlines;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Intake of an application, shared by every standard and every channel: checks the applicant and the documents against
 * the catalogue and turns the application into the case's variables. An incomplete set is not an error: the case starts
 * and ends at once on the refusal path of item 16, so that the refusal receipt is issued and the refused intake is
 * counted; everything else that is wrong is a {@link InvalidRequestException} naming the field, and nothing starts.
 */
@Component("intake")
public class Intake {

  /**
   * Random characters of a receipt number after the day: 32^8 numbers a day, so even 100,000 receipts a day collide
   * with a chance of about 1 in 200 (the business key is not unique in the engine's tables).
   */
  static final int RANDOM_CHARACTERS = 8;
  private static final String RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyMMdd");

  /**
   * Who takes the application at each channel. The channel akim is S12's akim of the settlement, village or rural
   * district (item 1, line 40724), not the district akimat.
   */
  static final Map<String, String> INTAKE_ROLE = Map.of(
      "psc", "pscOperator", "mobilePsc", "pscOperator", "branch", "branchSpecialist", "portal", "branchSpecialist",
      "mse", "msePanel", "employmentDept", "employmentSpecialist", "akim", "ruralAkim");

  private final StandardsCatalogue catalogue;
  private final OfficeRouter offices;
  private final MobileCentreVisits visits;
  private final Employees employees;
  private final io.micrometer.core.instrument.MeterRegistry meters;

  /** The document by which another person represents the applicant (S05, S07, S09, S10 item 11). */
  static final String POWER_OF_ATTORNEY = "powerOfAttorney";

  public Intake(StandardsCatalogue catalogue, OfficeRouter offices, MobileCentreVisits visits, Employees employees,
      io.micrometer.core.instrument.MeterRegistry meters) {
    this.meters = meters;
    this.catalogue = catalogue;
    this.offices = offices;
    this.visits = visits;
    this.employees = employees;
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
  public Checked check(ApplicationRequest request) {
    List<Violation> violations = new ArrayList<>();
    Standard standard = null;
    if (request.standard() == null || request.standard().isBlank()) {
      violations.add(new Violation("standard", "is required (S01..S13)"));
    } else {
      standard = catalogue.find(request.standard()).orElse(null);
      if (standard == null && catalogue.findAmended(request.standard()).isPresent()) {
        violations.add(new Violation("standard", request.standard() + " is a standard of Decree No. 394 that "
            + "Resolution No. 1059 amends without restating its procedure; Qyzmet takes no applications for it"));
      } else if (standard == null) {
        violations.add(new Violation("standard", "unknown standard " + request.standard()));
      }
    }
    var applicant = request.applicant();
    if (applicant == null) {
      violations.add(new Violation("applicant", "is required"));
    } else {
      Iin.problem(applicant.iin()).ifPresent(rule -> violations.add(new Violation("applicant.iin", rule)));
      required(violations, "applicant.surname", applicant.surname(), 100);
      required(violations, "applicant.name", applicant.name(), 100);
      optional(violations, "applicant.patronymic", applicant.patronymic(), 100);
      required(violations, "applicant.phone", applicant.phone(), 30);
      if (applicant.phone() != null && !applicant.phone().isBlank()
          && !applicant.phone().matches("\\+?[0-9 ()-]{5,30}")) {
        violations.add(new Violation("applicant.phone", "digits, spaces, brackets, '-' and a leading '+' only"));
      }
      required(violations, "applicant.address", applicant.address(), 300);
      required(violations, "applicant.region", applicant.region(), 100);
      required(violations, "applicant.district", applicant.district(), 100);
    }
    var representative = request.representative();
    if (representative != null) {
      required(violations, "representative.surname", representative.surname(), 100);
      required(violations, "representative.name", representative.name(), 100);
      optional(violations, "representative.patronymic", representative.patronymic(), 100);
      required(violations, "representative.phone", representative.phone(), 30);
      if (representative.phone() != null && !representative.phone().isBlank()
          && !representative.phone().matches("\\+?[0-9 ()-]{5,30}")) {
        violations.add(new Violation("representative.phone", "digits, spaces, brackets, '-' and a leading '+' only"));
      }
    }
    if (request.depositorIin() != null && !request.depositorIin().isBlank()) {
      Iin.problem(request.depositorIin()).ifPresent(rule -> violations.add(new Violation("depositorIin", rule)));
    }
    StartGuard.moment(violations, "arrivedAt", request.arrivedAt());
    StartGuard.moment(violations, "serviceStartedAt", request.serviceStartedAt());
    if (request.peopleAheadInQueue() != null
        && (request.peopleAheadInQueue() < 0 || request.peopleAheadInQueue() > 10_000)) {
      violations.add(new Violation("peopleAheadInQueue", "the persons ahead in the queue on arrival: 0 to 10000"));
    }
    if (request.arrivedAt() != null && request.serviceStartedAt() != null
        && request.serviceStartedAt().isBefore(request.arrivedAt())) {
      violations.add(new Violation("serviceStartedAt", "must not be before arrivedAt"));
    }
    MobileCentreVisits.Visit visit = null;
    if (request.mobileVisit() != null && !request.mobileVisit().isBlank()) {
      if (!"mobilePsc".equals(request.channel())) {
        violations.add(new Violation("mobileVisit", "only an application to a mobile centre (channel mobilePsc) "
            + "names its visit"));
      } else {
        visit = visits.open(request.mobileVisit().strip()).orElse(null);
        if (visit == null) {
          violations.add(new Violation("mobileVisit", "no mobile centre's visit " + request.mobileVisit().strip()
              + " is taking documents now"));
        }
      }
    }
    List<Standard.Document> presented = new ArrayList<>();
    List<Standard.Document> missing = List.of();
    if (standard != null) {
      if (!standard.subtypes().isEmpty() && (request.subtype() == null || standard.subtype(request.subtype()).isEmpty())) {
        violations.add(new Violation("subtype", "must be one of " + standard.subtypes().stream()
            .map(Standard.Subtype::code).toList()));
      } else if (standard.subtypes().isEmpty() && request.subtype() != null) {
        violations.add(new Violation("subtype", standard.code() + " has no sub-types"));
      } else {
        Set<String> channels = standard.applicationChannels(request.subtype());
        if (request.channel() == null || !channels.contains(request.channel())) {
          violations.add(new Violation("channel", "applications for " + standard.code()
              + (request.subtype() == null ? "" : " (" + request.subtype() + ")") + " are taken at " + channels));
        }
      }
      Set<String> codes = new LinkedHashSet<>(request.documents() == null ? List.of() : request.documents());
      for (String code : codes) {
        standard.document(code).ifPresentOrElse(presented::add, () -> violations.add(new Violation("documents",
            "unknown document code " + code + " for " + request.standard())));
      }
      for (Standard.Document document : presented) {
        if (request.channel() != null && !document.askedAt(request.channel())) {
          violations.add(new Violation("documents", document.code() + " is presented only at " + document.channels()
              + ", not at " + request.channel() + " (" + request.standard() + " item " + document.item() + ", line "
              + document.line() + ")"));
        }
      }
      if (representative == null && codes.contains(POWER_OF_ATTORNEY)) {
        // The receipt of item 14.2 names the representative and their phone (e.g. S01 lines 686-688).
        violations.add(new Violation("representative", "is required when " + POWER_OF_ATTORNEY
            + " is presented: the receipt names the representative and their phone"));
      }
      if (request.subtype() == null || standard.subtype(request.subtype()).isPresent()) {
        Set<String> covered = new LinkedHashSet<>(codes);
        presented.stream().map(Standard.Document::replaces).filter(java.util.Objects::nonNull).forEach(covered::add);
        List<Standard.Document> lacking = new ArrayList<>(standard.requiredDocuments(request.subtype(), request.channel()).stream()
            .filter(document -> !covered.contains(document.code())).toList());
        if (representative != null && !covered.contains(POWER_OF_ATTORNEY)) {
          // Another person represents the applicant: the notarised power of attorney is then required (e.g. S07 line
          // 23413), and an incomplete set without it is refused like any other.
          standard.document(POWER_OF_ATTORNEY).filter(document -> document.askedAt(request.channel()))
              .ifPresent(lacking::add);
        }
        for (Standard.Alternatives alternatives : standard.documentAlternatives()) {
          if (alternatives.documents().stream().noneMatch(covered::contains)) {
            // None of the alternatives: named on the refusal receipt as the group the standard's item describes.
            lacking.add(new Standard.Document(alternatives.code(), alternatives.name(), alternatives.item(),
                alternatives.line(), true, null, false, null, null));
          }
        }
        missing = lacking;
      }
    }
    OfficeAssignment office = null;
    if (violations.isEmpty()) {
      try {
        String role = INTAKE_ROLE.get(request.channel());
        office = request.officeId() != null ? offices.resolve(request.officeId(), role)
            : offices.resolve(standard.code(), role, applicant.region(), applicant.district());
      } catch (DirectoryException e) {
        String field = switch (e.parameter()) {
          case "region", "district" -> "applicant." + e.parameter();
          default -> e.parameter();
        };
        violations.add(new Violation(field, e.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return new Checked(request, standard, presented, missing, office, visit);
  }

  /** The case's variables for a checked application accepted at {@code acceptedAt}. */
  public Map<String, Object> variables(Checked checked, String businessKey, Instant acceptedAt) {
    ApplicationRequest request = checked.request();
    var applicant = request.applicant();
    Map<String, Object> variables = new HashMap<>();
    variables.put("standard", checked.standard().code());
    variables.put("caseNumber", businessKey);
    variables.put("channel", request.channel());
    variables.put("subtype", request.subtype());
    variables.put("applicantIin", applicant.iin());
    variables.put("applicantSurname", applicant.surname().strip());
    variables.put("applicantName", applicant.name().strip());
    variables.put("applicantPatronymic", applicant.patronymic() == null ? null : applicant.patronymic().strip());
    variables.put("applicantPhone", applicant.phone().strip());
    variables.put("applicantAddress", applicant.address().strip());
    variables.put("region", applicant.region().strip());
    variables.put("district", applicant.district().strip());
    // Deadlines end at 18:00 in the zone of the applicant's region (Deadlines, officeZone).
    variables.put(Deadlines.OFFICE_ZONE,
        Region.parse(applicant.region().strip()).map(region -> region.zone().getId()).orElse(null));
    variables.put("officeId", request.officeId());
    if (request.depositorIin() != null && !request.depositorIin().isBlank()) {
      variables.put("depositorIin", request.depositorIin().strip());
    }
    var representative = request.representative();
    // A representative with a notarised power of attorney acts for the applicant (S07: may ask about the represented
    // depositor's money, line 23413).
    variables.put("representedByAttorney", representative != null);
    if (representative != null) {
      variables.put("representativeSurname", representative.surname().strip());
      variables.put("representativeName", representative.name().strip());
      variables.put("representativePatronymic",
          representative.patronymic() == null ? null : representative.patronymic().strip());
      variables.put("representativePhone", representative.phone().strip());
    }
    // The employee who accepted the documents (item 14.2, e.g. S01 line 686).
    employees.current().ifPresent(employee -> {
      variables.put("acceptedBy", employee.id());
      variables.put("acceptedByName", employee.name());
    });
    variables.put("intakeOfficeId", checked.office().office().id());
    variables.put("intakeOfficeName", checked.office().office().name());
    variables.put("documentsPresented", codes(checked.presented()));
    variables.put("missingDocuments", codes(checked.missing()));
    variables.put("documentsComplete", checked.complete());
    Date accepted = Date.from(acceptedAt);
    variables.put("acceptedAt", accepted);
    if ("branch".equals(request.channel()) || "portal".equals(request.channel())) {
      // Filed with the deciding body itself: registered when accepted (item 7.1: the term runs from registration).
      variables.put("registeredAt", accepted);
    }
    // Waiting and service norms (item 7.2 and 7.3): recorded per case for the quality reports.
    variables.put("serviceEndedAt", accepted);
    if (request.arrivedAt() != null) {
      variables.put("arrivedAt", Date.from(request.arrivedAt().toInstant()));
    }
    if (request.peopleAheadInQueue() != null) {
      variables.put("peopleAheadInQueue", request.peopleAheadInQueue());
    }
    if (request.serviceStartedAt() != null) {
      Instant serviceStarted = request.serviceStartedAt().toInstant();
      variables.put("serviceStartedAt", Date.from(serviceStarted));
      variables.put("serviceMinutes", Duration.between(serviceStarted, acceptedAt).toMinutes());
      checked.standard().deadline("serviceTime").ifPresent(norm ->
          norm(variables, checked.standard(), norm, serviceStarted, acceptedAt, null));
      if (request.arrivedAt() != null) {
        variables.put("waitingMinutes",
            Duration.between(request.arrivedAt(), request.serviceStartedAt()).toMinutes());
        checked.standard().deadline("waiting").ifPresent(norm -> norm(variables, checked.standard(), norm,
            request.arrivedAt().toInstant(), serviceStarted, request.peopleAheadInQueue()));
      }
    }
    if (checked.visit() != null) {
      // Taken by a mobile centre on its visit: the visit measures the centre's minimum stay (mobilePscStay).
      variables.put("mobilePscVisit", checked.visit().key());
      variables.put("mobilePscArrivedAt", checked.visit().arrivedAt());
      variables.put("mobilePscSettlement", checked.visit().settlement());
    }
    variables.put("intakePrepared", true);
    return variables;
  }

  /**
   * A waiting or service norm of the counter (item 7.2, 7.3) measured at intake: its limit (times the queue the
   * applicant found where the norm is per person, S08 line 28122) as {@code <id>Limit}, and when it was exceeded the
   * breach as for a deadline: variable {@code breach_<id>} (the moment the limit ran out) and the metric
   * {@code qyzmet.deadline.breaches}.
   */
  private void norm(Map<String, Object> variables, Standard standard, Standard.Deadline norm, Instant start,
      Instant end, Integer queue) {
    if (norm.unit() != Standard.Deadline.Unit.minutes || norm.isPerPersonInQueue() && queue == null) {
      return; // a per-person norm without the queue is judged where the queue is recorded (S08's document check)
    }
    int limit = norm.valueFor(queue);
    variables.put(norm.id() + "Limit", limit);
    Instant bound = start.plus(Duration.ofMinutes(limit));
    if (end.isAfter(bound)) {
      variables.put("breach_" + norm.id(), Date.from(bound));
      if (meters != null) {
        meters.counter("qyzmet.deadline.breaches", "standard", standard.code(), "deadline", norm.id()).increment();
      }
    }
  }

  /**
   * Start listener of every standard's diagram: a case started from a Tasklist start form is checked and prepared
   * here, the same way as one started by the API (which prepares it before it starts). A broken form is refused with
   * a message naming each field, and nothing starts.
   */
  public void prepare(DelegateExecution execution) {
    if (StartGuard.alreadyChecked(execution)) { // by IntakeStartListener, before the diagram's own listener
      return;
    }
    String standard = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    if (StartGuard.preparedByIntake(execution)) { // the intake API checked it; any other start is checked here
      StartGuard.keepUnique(execution, standard);
      StartGuard.checked(execution);
      return;
    }
    ApplicationRequest request = new ApplicationRequest(standard, text(execution, "channel"), text(execution, "subtype"),
        new ApplicationRequest.Applicant(text(execution, "applicantIin"), text(execution, "applicantSurname"),
            text(execution, "applicantName"), text(execution, "applicantPatronymic"), text(execution, "applicantPhone"),
            text(execution, "applicantAddress"), text(execution, "region"), text(execution, "district")),
        list(execution.getVariable("documents")), null, null, text(execution, "officeId"),
        text(execution, "depositorIin"), text(execution, "mobileVisit"), representative(execution),
        peopleAheadInQueue(execution));
    Checked checked;
    try {
      checked = check(request);
    } catch (InvalidRequestException e) {
      throw new BadUserRequestException("Өтініш дұрыс толтырылмаған: " + e.getMessage());
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      businessKey = newBusinessKey(standard, now, ZoneId.systemDefault());
      execution.setProcessBusinessKey(businessKey);
    }
    businessKey = StartGuard.keepUnique(execution, standard);
    execution.removeVariable("documents");
    execution.setVariables(variables(checked, businessKey, now));
    StartGuard.checked(execution);
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
        throw new InvalidRequestException("documents", "must be a list of document codes");
      }
    }
    return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
  }

  /** The persons ahead in the queue (start form field peopleAheadInQueue); null when not given. */
  private static Integer peopleAheadInQueue(DelegateExecution execution) {
    Object value = execution.getVariable("peopleAheadInQueue");
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.toString().strip()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new BadUserRequestException("Өтініш дұрыс толтырылмаған: peopleAheadInQueue: must be a whole number");
    }
  }

  /** The representative of a start form (fields representativeSurname, ...); null when none is named. */
  private static ApplicationRequest.Representative representative(DelegateExecution execution) {
    String surname = text(execution, "representativeSurname");
    String name = text(execution, "representativeName");
    String phone = text(execution, "representativePhone");
    if ((surname == null || surname.isBlank()) && (name == null || name.isBlank())
        && (phone == null || phone.isBlank())) {
      return null;
    }
    return new ApplicationRequest.Representative(surname, name, text(execution, "representativePatronymic"), phone);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : String.valueOf(value);
  }

  /** A new receipt number, which is also the case's business key: S01-261125-7KQ2MXAB. */
  public String newBusinessKey(String standard, Instant at, ZoneId zone) {
    return receiptNumber(standard, at, zone);
  }

  /** {@code <prefix>-<yyMMdd>-<8 random characters>}: receipts, and the numbers of mobile centres' visits. */
  static String receiptNumber(String prefix, Instant at, ZoneId zone) {
    StringBuilder key = new StringBuilder(prefix).append('-')
        .append(RECEIPT_DAY.format(LocalDate.ofInstant(at, zone))).append('-');
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      key.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
    }
    return key.toString();
  }

  private static String codes(List<Standard.Document> documents) {
    return String.join(",", documents.stream().map(Standard.Document::code).toList());
  }

  private static void required(List<Violation> violations, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(field, "is required"));
    } else {
      optional(violations, field, value, max);
    }
  }

  private static void optional(List<Violation> violations, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      violations.add(new Violation(field, "at most " + max + " characters"));
    }
  }
}
