package kz.qyzmet.complaints;

import kz.qyzmet.messages.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.api.InvalidRequestException;
import kz.qyzmet.api.InvalidRequestException.Violation;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.AddressDirectory;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.OfficeAssignment;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import kz.qyzmet.documents.Documents;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import kz.qyzmet.cases.CaseNumbers;
import kz.qyzmet.cases.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The complaint procedure of every standard (section 5): who reviews a complaint, what it must contain, and its review
 * term. Used by {@code processes/complaint.bpmn} and by {@code POST /api/complaints}.
 */
@Component("complaints")
public class Complaints {

  public static final String PROCESS = "complaint";
  /** The Ministry's own desk for complaints made to it (item 21.2-21.6) and for overdue reviews; not in the annexes. */
  public static final String MINISTRY_GROUP = "mlsp.complaintsOffice";
  public static final String MINISTRY_HEAD_GROUP = "mlsp.complaintsHead";
  /** The head of the national enterprise "Public Service Centre" (rude service, item 22, S01 line 764). */
  public static final String PSC_ENTERPRISE_GROUP = "psc-enterprise.head";

  /** Channels of item 21 (S01 lines 736-760) and 22 (line 764), and the regional bodies of S12 and S13. */
  static final Set<String> MINISTRY_CHANNELS = Set.of("trustPhone", "qaPage", "ministerBlog", "complaintsBox",
      "ministryOffice");
  static final Set<String> CHANNELS = Set.of("officeHead", "trustPhone", "qaPage", "ministerBlog", "complaintsBox",
      "ministryOffice", "pscEnterprise", "regionalBody", "akimat");
  /** An appeal without signature or postal address is anonymous and is not reviewed: the law's citation. */
  static final String ANONYMOUS_RULE = "complaint.law.anonymous";
  /** The review bodies' names (stored on the complaint and printed on its talon, in Kazakh). */
  static final String MINISTRY_NAME = "complaint.reviewBody.ministry";
  static final String PSC_ENTERPRISE_HEAD_NAME = "complaint.reviewBody.pscEnterprise";
  static final Set<String> CONCERNS = Set.of("result", "rudeService", "action");

  private final ComplaintTerms terms;
  private final StandardsCatalogue catalogue;
  private final OfficeRouter offices;
  private final StatutoryCalendar calendar;
  private final HistoryService history;
  private final Documents documents;
  private final AddressDirectory addresses;

  Complaints(ComplaintTerms terms, StandardsCatalogue catalogue, OfficeRouter offices, StatutoryCalendar calendar,
      HistoryService history, Documents documents, AddressDirectory addresses) {
    this.addresses = addresses;
    this.documents = documents;
    this.terms = terms;
    this.catalogue = catalogue;
    this.offices = offices;
    this.calendar = calendar;
    this.history = history;
  }

  /** Who reviews the complaint: a name for the talon and the candidate group of its reviewers. */
  public record ReviewBody(String name, String group, String officeId) {}

  /** Checks item 24 and the routing; returns the case variables of the complaint. Nothing is started on error. */
  public Map<String, Object> check(ComplaintRequest request, Instant receivedAt) {
    List<Violation> violations = new ArrayList<>();
    var complainant = request.complainant();
    if (complainant == null) {
      violations.add(new Violation("complainant",
          Messages.text("rule.complaint.anonymous", Messages.text(ANONYMOUS_RULE))));
    } else {
      required(violations, "complainant.surname", complainant.surname());
      required(violations, "complainant.name", complainant.name());
      required(violations, "complainant.postalAddress", complainant.postalAddress());
      if (complainant.iin() != null && !complainant.iin().isBlank()) {
        kz.qyzmet.intake.Iin.problem(complainant.iin())
            .ifPresent(rule -> violations.add(new Violation("complainant.iin", rule)));
      }
    }
    if (!Boolean.TRUE.equals(request.signed())) {
      violations.add(new Violation("signed", Messages.text("rule.complaint.signed")));
    }
    required(violations, "subject", request.subject());
    required(violations, "reason", request.reason());
    required(violations, "demand", request.demand());
    if (request.channel() == null || !CHANNELS.contains(request.channel())) {
      violations.add(new Violation("channel", Messages.text("rule.oneOf", CHANNELS.toString())));
    }
    String concerns = request.concerns() == null ? "action" : request.concerns();
    if (!CONCERNS.contains(concerns)) {
      violations.add(new Violation("concerns", Messages.text("rule.oneOf", CONCERNS.toString())));
    }

    Map<String, Object> caseVariables = Map.of();
    String standard = request.standard();
    if (request.caseBusinessKey() != null && !request.caseBusinessKey().isBlank()) {
      caseVariables = caseVariables(request.caseBusinessKey());
      if (caseVariables.isEmpty()) {
        violations.add(new Violation("caseBusinessKey",
            Messages.text("rule.complaint.noCase", request.caseBusinessKey())));
      } else if (standard != null && !standard.equals(caseVariables.get(CaseVariables.STANDARD))) {
        violations.add(new Violation("standard", Messages.text("rule.complaint.caseOfOtherStandard",
            request.caseBusinessKey(), String.valueOf(caseVariables.get(CaseVariables.STANDARD)))));
      } else {
        standard = (String) caseVariables.get(CaseVariables.STANDARD);
      }
    }
    if (standard != null && catalogue.find(standard).isEmpty()) {
      violations.add(new Violation("standard", Messages.text("rule.standard.unknown", standard)));
    }
    String region = text(caseVariables.get(CaseVariables.REGION), request.region());
    String district = text(caseVariables.get(CaseVariables.DISTRICT), request.district());
    if (caseVariables.isEmpty() && (region != null || district != null)) {
      // Named by the complainant: only what the directory lists is stored, in its spelling (as at intake).
      try {
        if (district == null) {
          region = addresses.region(region).nameKk();
        } else {
          AddressDirectory.Address address = addresses.address(region, district);
          region = address.regionName();
          district = address.district();
        }
      } catch (DirectoryException e) {
        violations.add(new Violation(e.parameter(), e.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }

    ReviewBody body = reviewBody(request.channel(), concerns, standard, region, district, caseVariables);
    Map<String, Object> variables = new HashMap<>();
    variables.put("complainantSurname", complainant.surname().strip());
    variables.put("complainantName", complainant.name().strip());
    variables.put("complainantPatronymic", complainant.patronymic());
    variables.put("complainantPostalAddress", complainant.postalAddress().strip());
    variables.put("complainantIin", complainant.iin());
    variables.put("complainantPhone", complainant.phone());
    variables.put("complaintChannel", request.channel());
    variables.put("concerns", concerns);
    variables.put(CaseVariables.STANDARD, standard);
    variables.put(CaseVariables.CASE_BUSINESS_KEY, request.caseBusinessKey());
    variables.put("subject", request.subject().strip());
    variables.put("reason", request.reason().strip());
    variables.put("demand", request.demand().strip());
    variables.put("signed", true);
    variables.put(CaseVariables.REGION, region);
    variables.put(CaseVariables.DISTRICT, district);
    variables.put(Deadlines.OFFICE_ZONE,
        region == null ? null : Region.parse(region).map(r -> r.zone().getId()).orElse(null));
    variables.put(CaseVariables.RECEIVED_AT, Date.from(receivedAt));
    variables.put(CaseVariables.REVIEW_BODY, body.name());
    variables.put(CaseVariables.REVIEW_GROUP, body.group());
    variables.put("reviewOfficeId", body.officeId());
    variables.put("extended", false);
    variables.put("complaintPrepared", true);
    return variables;
  }

  /**
   * The body that reviews: the Ministry for its own channels (item 21.2-21.6), the national enterprise's head for rude
   * service reported to it (item 22), else the head of the office that served the case (item 21.1), which for rude
   * service at a centre is the centre's head (item 22), for S08 the Committee's territorial body (S08 annex 3) and
   * for S12-S13 the regional body or akimat.
   */
  ReviewBody reviewBody(String channel, String concerns, String standard, String region, String district,
      Map<String, Object> caseVariables) {
    if (MINISTRY_CHANNELS.contains(channel) && standard != null
        && !catalogue.get(standard).ministryComplaintChannels().contains(channel)) {
      // Section 5 of the standard names who reviews; the Ministry's channels only where it lists them (item 21).
      throw new InvalidRequestException("channel",
          Messages.text("rule.complaint.notAMinistryChannel", standard, channel));
    }
    if (MINISTRY_CHANNELS.contains(channel)) {
      return new ReviewBody(Messages.text(Messages.KAZAKH, MINISTRY_NAME), MINISTRY_GROUP, null);
    }
    if (channel.equals("pscEnterprise")) {
      return new ReviewBody(Messages.text(Messages.KAZAKH, PSC_ENTERPRISE_HEAD_NAME), PSC_ENTERPRISE_GROUP, null);
    }
    if (standard == null || region == null) {
      throw new InvalidRequestException(standard == null ? "standard" : "region",
          Messages.text("rule.complaint.officeHeadNeedsCase"));
    }
    // Who reviews is catalogue data (roles.complaintReview of the standard): e.g. rude service in S12 and S13 to the
    // head of the district body that served (lines 40860, 45046), a disagreement with the result to the regional body
    // or the akimat (item 21).
    String takenAt = (String) caseVariables.get(CaseVariables.CHANNEL);
    String role = catalogue.get(standard).complaintReviewRole(channel, concerns, takenAt)
        .orElseThrow(() -> new InvalidRequestException("channel",
            Messages.text("rule.complaint.noReviewBody", standard, channel)));
    try {
      OfficeAssignment assignment = offices.resolve(standard, role, region, district);
      return new ReviewBody(assignment.office().name(), assignment.candidateGroup(), assignment.office().id());
    } catch (DirectoryException e) {
      String field = e.parameter().equals(CaseVariables.REGION) || e.parameter().equals(CaseVariables.DISTRICT) ? e.parameter()
          : "channel";
      throw new InvalidRequestException(field, e.getMessage());
    }
  }

  /** Start listener of complaint.bpmn: a complaint registered from the Tasklist start form is checked here. */
  public void register(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(execution.getVariable("complaintPrepared"))) {
      registerFromForm(execution);
    }
    // The talon of item 25, in the transaction that registers the complaint.
    documents.issueTalon(execution, reviewDue(execution));
  }

  private void registerFromForm(DelegateExecution execution) {
    ComplaintRequest request = new ComplaintRequest(
        new ComplaintRequest.Complainant(s(execution, "complainantSurname"), s(execution, "complainantName"),
            s(execution, "complainantPatronymic"), s(execution, "complainantPostalAddress"),
            s(execution, "complainantIin"), s(execution, "complainantPhone")),
        s(execution, "complaintChannel"), s(execution, CaseVariables.STANDARD), s(execution, CaseVariables.CASE_BUSINESS_KEY),
        s(execution, "concerns"), s(execution, "subject"), s(execution, "reason"), s(execution, "demand"),
        Boolean.TRUE.equals(execution.getVariable("signed")), s(execution, CaseVariables.REGION), s(execution, CaseVariables.DISTRICT));
    Instant now = EngineClock.instant();
    Map<String, Object> variables;
    try {
      variables = check(request, now);
    } catch (InvalidRequestException e) {
      kz.qyzmet.messages.FieldErrors.remember(e.violations().stream()
          .map(v -> new kz.qyzmet.messages.FieldErrors.FieldError(v.field(),
              kz.qyzmet.messages.FieldErrors.label("complaint." + v.field()), v.rule())).toList());
      throw new BadUserRequestException(Messages.text("complaint.invalid", e.getMessage()));
    }
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(newNumber(now, calendar.zone((String) variables.get(Deadlines.OFFICE_ZONE))));
    }
    execution.setVariables(variables);
  }

  /** The review term: 15 calendar days from receipt, 30 once extended (Law No. 221, art. 8). */
  public Date reviewDue(VariableScope execution) {
    return reviewDue((Date) execution.getVariable(CaseVariables.RECEIVED_AT), Boolean.TRUE.equals(execution.getVariable("extended")),
        (String) execution.getVariable(Deadlines.OFFICE_ZONE));
  }

  public Date reviewDue(Date receivedAt, boolean extended, String zone) {
    return calendar.calendarDaysAfter(receivedAt, extended ? terms.extendedReviewDays() : terms.reviewDays(), zone);
  }

  public String reviewGroup(VariableScope execution) {
    return (String) execution.getVariable(CaseVariables.REVIEW_GROUP);
  }

  /** Who watches overdue reviews: the Ministry's complaints office, or its head when the Ministry reviews. */
  public String supervisorGroup(VariableScope execution) {
    return MINISTRY_GROUP.equals(execution.getVariable(CaseVariables.REVIEW_GROUP)) ? MINISTRY_HEAD_GROUP : MINISTRY_GROUP;
  }

  /** The office that took the decision complained about, which reconsiders it when the complaint is upheld. */
  public String decidingGroup(VariableScope execution) {
    Standard standard = catalogue.get((String) execution.getVariable(CaseVariables.STANDARD));
    String role = standard.roles().deciding();
    return offices.resolve(standard.code(), role, (String) execution.getVariable(CaseVariables.REGION),
        (String) execution.getVariable(CaseVariables.DISTRICT)).candidateGroup();
  }

  /** Complete listener of the review: the term may be extended once (Law No. 221, art. 8). */
  public void checkReview(DelegateTask task) {
    if ("extend".equals(task.getVariable("complaintDecision")) && Boolean.TRUE.equals(task.getVariable("extended"))) {
      throw new BadUserRequestException(Messages.text("complaint.extendedOnce"));
    }
    if ("extend".equals(task.getVariable("complaintDecision"))) {
      task.setVariable("extended", true);
    }
  }

  /** The overdue review is recorded for the reports; the review itself goes on. */
  public void breached(DelegateExecution execution) {
    execution.setVariable("reviewBreachedAt", EngineClock.now());
  }

  /** A complaint's number (its talon and business key), from the one number generator. */
  public String newNumber(Instant at, ZoneId zone) {
    return CaseNumbers.next(CaseNumbers.COMPLAINT, at, zone);
  }

  private Map<String, Object> caseVariables(String businessKey) {
    var root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
        .filter(instance -> catalogue.find(instance.getProcessDefinitionKey()).isPresent()).findFirst();
    if (root.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(root.get().getId()).variableNameIn(CaseVariables.STANDARD, CaseVariables.REGION,
            CaseVariables.DISTRICT, CaseVariables.CHANNEL).list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    return variables;
  }

  private static String text(Object fromCase, String fromRequest) {
    return fromCase != null ? fromCase.toString() : fromRequest == null || fromRequest.isBlank() ? null : fromRequest;
  }

  private static String s(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static void required(List<Violation> violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(field, Messages.text("rule.complaint.requiredItem24")));
    } else if (!kz.qyzmet.intake.Intake.printable(value)) {
      violations.add(new Violation(field, Messages.text("rule.characters")));
    }
  }
}
