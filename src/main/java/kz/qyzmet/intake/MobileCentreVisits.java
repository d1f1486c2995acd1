package kz.qyzmet.intake;

import java.time.Instant;
import kz.qyzmet.messages.FieldErrors;
import kz.qyzmet.messages.Messages;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import kz.qyzmet.cases.CaseNumbers;
import kz.qyzmet.cases.EngineClock;
import kz.qyzmet.cases.EngineCommands;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A mobile Public Service Centre's visit to a settlement (process {@code mobile-psc-visit}): the centre takes
 * documents there for at least the catalogue's norm {@code mobilePscStay} (six working hours: S01 item 9.2, line 586,
 * and the same item of S02-S07, S10). The norm is on the visit, not on one case: the visit records its stay and, when
 * it ended early, the breach ({@code breach_mobilePscStay}, metric {@code qyzmet.deadline.breaches}); applications
 * the mobile centre takes name the visit ({@code mobileVisit}) and record its arrival ({@code mobilePscArrivedAt}).
 * READING: "six working hours in one settlement" is measured as the time from arrival to departure, within the working
 * day of the visit (the schedule the centre approves); a visit spread over several days is several visits.
 */
@Component("mobileCentreVisits")
public class MobileCentreVisits implements kz.qyzmet.forms.FormCheck {

  public static final String PROCESS = "mobile-psc-visit";
  public static final String NORM = "mobilePscStay";
  /** Receipt-like number of a visit, also its business key: MPSC-261120-7KQ2MXAB. */
  static final String KEY_PREFIX = "MPSC";

  private final StandardsCatalogue catalogue;
  private final OfficeRouter offices;
  private final Deadlines deadlines;
  private final StatutoryCalendar calendar;
  private final ObjectProvider<ProcessEngine> engine;
  private final Standard.Deadline stay;
  private final List<String> standards;
  private final String citation;
  private final AddressDirectory addresses;

  public MobileCentreVisits(StandardsCatalogue catalogue, OfficeRouter offices, Deadlines deadlines,
      StatutoryCalendar calendar, ObjectProvider<ProcessEngine> engine, AddressDirectory addresses) {
    this.addresses = addresses;
    this.catalogue = catalogue;
    this.offices = offices;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.engine = engine;
    List<Standard> withNorm = catalogue.all().stream().filter(s -> s.deadline(NORM).isPresent()).toList();
    if (withNorm.isEmpty()) {
      throw new IllegalStateException("No standard of the catalogue has the norm " + NORM);
    }
    this.stay = withNorm.get(0).deadline(NORM).orElseThrow();
    for (Standard standard : withNorm) {
      Standard.Deadline own = standard.deadline(NORM).orElseThrow();
      if (own.value() != stay.value() || own.unit() != stay.unit() || own.isMinimum() != stay.isMinimum()) {
        // One visit serves every standard: their norms must agree, or the visit could not be measured once.
        throw new IllegalStateException(own.citation(standard.code()) + " differs from "
            + stay.citation(withNorm.get(0).code()) + ": a mobile centre's visit has one minimum stay");
      }
    }
    this.standards = withNorm.stream().map(Standard::code).toList();
    this.citation = withNorm.stream()
        .map(s -> s.deadline(NORM).orElseThrow().citation(s.code(), Deadlines.CASE_TEXTS))
        .collect(Collectors.joining("; "));
  }

  /** The norm shared by the standards, e.g. 6 hours (minimum). */
  public Standard.Deadline stay() {
    return stay;
  }

  /**
   * Every standard's item and line of the norm as the visit's Kazakh form shows them: "S01, 9.2-тармақ, 586-жол; S02,
   * 9.2-тармақ, 4417-жол; ...".
   */
  public String citation() {
    return citation;
  }

  /**
   * Start listener of the visit, started by the centre from Tasklist (form mobile-psc-visit-start) or the API: checks
   * the settlement, region, district and arrival (each broken rule named, nothing starts), finds the district's
   * centre, and gives the visit its number.
   */
  public void prepare(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    Start start = start(execution::getVariable, problems);
    if (!problems.isEmpty()) {
      kz.qyzmet.messages.FieldErrors.remember(problems.stream()
          .map(p -> new kz.qyzmet.messages.FieldErrors.FieldError(p.field(), p.label(), p.rule())).toList());
      throw new BadUserRequestException(Messages.text("mobileVisit.invalid", problems.stream()
          .map(p -> Messages.text("form.violation", p.label(), p.field(), p.rule()))
          .collect(Collectors.joining("; "))));
    }
    execution.setVariable(CaseVariables.MOBILE_PSC_SETTLEMENT, start.settlement());
    execution.setVariable(CaseVariables.REGION, start.region());
    execution.setVariable(CaseVariables.DISTRICT, start.district());
    execution.setVariable(Deadlines.OFFICE_ZONE, start.zone());
    execution.setVariable(CaseVariables.MOBILE_PSC_ARRIVED_AT, start.arrivedAt());
    execution.setVariable(CaseVariables.OFFICE_ID, start.centre().office().id());
    execution.setVariable(CaseVariables.CENTRE_NAME, start.centre().office().name());
    execution.setVariable(CaseVariables.STAY_CITATION, citation);
    execution.setVariable(CaseVariables.STAY_NORM, Deadlines.termKk(stay));
    String key = execution.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      Instant now = EngineClock.instant();
      execution.setProcessBusinessKey(CaseNumbers.next(KEY_PREFIX, now, calendar.zone(start.zone())));
    }
  }

  private record Start(String settlement, String region, String district, String zone, Date arrivedAt,
      OfficeAssignment centre) {}

  /** A broken rule of the start form: the field and the rule; the field's label in the reader's language. */
  private record Problem(String field, String rule) {
    String label() {
      return MobileCentreVisits.label(field);
    }
  }

  /** A field's label of the visit's forms in the reader's language ({@code field.mobileVisit.*}). */
  private static String label(String field) {
    return FieldErrors.label("mobileVisit." + field);
  }

  /** The start form's values checked: each broken rule is added to {@code problems}. */
  private Start start(Function<String, Object> values, List<Problem> problems) {
    String settlement = text(values.apply(CaseVariables.MOBILE_PSC_SETTLEMENT));
    String region = text(values.apply(CaseVariables.REGION));
    String district = text(values.apply(CaseVariables.DISTRICT));
    required(problems, "mobilePscSettlement", settlement);
    required(problems, "region", region);
    required(problems, "district", district);
    if (region != null && district != null) {
      // Only what the directory lists is stored, in its spelling (the start form offers the lists).
      try {
        AddressDirectory.Address address = addresses.address(region, district);
        region = address.regionName();
        district = address.district();
      } catch (DirectoryException e) {
        problems.add(new Problem(e.parameter(), e.getMessage()));
      }
    }
    Object arrival = values.apply(CaseVariables.MOBILE_PSC_ARRIVED_AT);
    String zone = region == null ? null : Region.parse(region).map(r -> r.zone().getId()).orElse(null);
    Date arrivedAt = deadlines.moment(arrival, zone);
    if (arrival == null || arrival.toString().isBlank()) {
      problems.add(new Problem("mobilePscArrivedAt", Messages.text("form.rule.required")));
    } else if (arrivedAt == null) {
      problems.add(new Problem("mobilePscArrivedAt", Messages.text("form.rule.dateTimeFormat")));
    } else if (arrivedAt.after(EngineClock.now())) {
      problems.add(new Problem("mobilePscArrivedAt", Messages.text("mobileVisit.arrivalInFuture")));
    }
    OfficeAssignment centre = null;
    if (problems.isEmpty()) {
      centre = centre(region, district, problems);
    }
    return new Start(settlement, region, district, zone, arrivedAt, centre);
  }

  /** The district's Public Service Centre (the first standard with a mobile centre whose annex lists one). */
  private OfficeAssignment centre(String region, String district, List<Problem> problems) {
    DirectoryException last = null;
    for (Standard standard : catalogue.all()) {
      if (standard.channel("mobilePsc").isEmpty()) {
        continue;
      }
      try {
        return offices.resolve(standard.code(), "pscOperator", region, district);
      } catch (DirectoryException e) {
        last = e;
      }
    }
    String field = last == null || !List.of("region", "district").contains(last.parameter()) ? "district"
        : last.parameter();
    problems.add(new Problem(field, last == null ? Messages.text("mobileVisit.noCentre") : last.getMessage()));
    return null;
  }

  /** The earliest moment the visit may end: the arrival plus the minimum stay (the task's follow-up date). */
  public Date earliestEnd(DelegateExecution execution) {
    Object start = execution.getVariable(stay.start());
    if (!(start instanceof Date arrived)) {
      // The variable and its type, never its value (a case's variable may hold personal data).
      // The same words as Deadlines' check of a count's start.
      throw new IllegalStateException(String.format("%s: the count starts at variable '%s', which the case does not"
          + " hold as a date (%s)", citation, stay.start(),
          start == null ? "absent" : start.getClass().getSimpleName()));
    }
    return deadlines.due(stay, arrived, (String) execution.getVariable(Deadlines.OFFICE_ZONE));
  }

  /**
   * The centre ends the visit (complete listener of its task): the stay from arrival to {@code mobilePscLeftAt} is
   * measured against the norm ({@code mobilePscStayMinutes}); an early end records the breach. Returns whether the
   * norm was kept (the diagram keeps it as {@code mobilePscStayKept}).
   */
  public boolean end(DelegateExecution execution) {
    String zone = (String) execution.getVariable(Deadlines.OFFICE_ZONE);
    Date arrived = (Date) execution.getVariable(CaseVariables.MOBILE_PSC_ARRIVED_AT);
    Date left = deadlines.moment(execution.getVariable(CaseVariables.MOBILE_PSC_LEFT_AT), zone);
    if (left == null) { // checked with the form (check), before anything is written
      throw new IllegalStateException("mobilePscLeftAt is not a moment: " + execution.getVariable(CaseVariables.MOBILE_PSC_LEFT_AT));
    }
    execution.setVariable(CaseVariables.MOBILE_PSC_LEFT_AT, left);
    return deadlines.measure(execution, String.join(",", standards), stay, citation, arrived, left);
  }

  static final String START_FORM = "mobile-psc-visit-start";
  static final String END_FORM = "mobile-psc-visit-end";

  @Override
  public boolean appliesTo(String formId) {
    return START_FORM.equals(formId) || END_FORM.equals(formId);
  }

  /** The end of the visit: after the arrival and not in the future (rejected naming the field, nothing written). */
  @Override
  public List<kz.qyzmet.forms.FormRules.Violation> check(String formId,
      Function<String, Object> values, VariableScope task) {
    if (START_FORM.equals(formId)) {
      List<Problem> problems = new ArrayList<>();
      start(values, problems);
      return problems.stream().map(p -> new kz.qyzmet.forms.FormRules.Violation(p.field(), p.label(), p.rule()))
          .toList();
    }
    Object value = values.apply(CaseVariables.MOBILE_PSC_LEFT_AT);
    if (value == null || value.toString().isBlank()) {
      return List.of(); // required by the form itself
    }
    String label = label("mobilePscLeftAt");
    Date left = deadlines.moment(value, (String) task.getVariable(Deadlines.OFFICE_ZONE));
    Date arrived = (Date) task.getVariable(CaseVariables.MOBILE_PSC_ARRIVED_AT);
    if (left == null) {
      return List.of(new kz.qyzmet.forms.FormRules.Violation("mobilePscLeftAt", label,
          Messages.text("form.rule.dateTimeFormat")));
    }
    if (arrived != null && !left.after(arrived)) {
      return List.of(new kz.qyzmet.forms.FormRules.Violation("mobilePscLeftAt", label,
          Messages.text("mobileVisit.leftAfterArrival")));
    }
    if (left.after(EngineClock.now())) {
      return List.of(new kz.qyzmet.forms.FormRules.Violation("mobilePscLeftAt", label,
          Messages.text("mobileVisit.arrivalInFuture")));
    }
    return List.of();
  }

  /**
   * A visit taking documents now, by its number: for applications the mobile centre takes. Read by the system, not
   * with the clerk's authorizations: the centre's operator works the visit's task but may not read its process instance.
   */
  public Optional<Visit> open(String visitKey) {
    Callable<Optional<Visit>> read = () -> {
      RuntimeService runtime = engine.getObject().getRuntimeService();
      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
          .processInstanceBusinessKey(visitKey).active().list().stream().findFirst().orElse(null);
      if (instance == null) {
        return Optional.empty();
      }
      var variables = runtime.getVariables(instance.getId(),
          List.of("mobilePscArrivedAt", "mobilePscSettlement", "officeId"));
      return Optional.of(new Visit(visitKey, (Date) variables.get(CaseVariables.MOBILE_PSC_ARRIVED_AT),
          (String) variables.get(CaseVariables.MOBILE_PSC_SETTLEMENT), (String) variables.get(CaseVariables.OFFICE_ID)));
    };
    // The Tasklist start form runs inside the engine's command, the API outside it: both read as the system.
    return EngineCommands.withoutAuthorization(engine.getObject(), read);
  }

  /** An open visit: its number, arrival, settlement and centre. */
  public record Visit(String key, Date arrivedAt, String settlement, String officeId) {}

  private static void required(List<Problem> problems, String field, String value) {
    if (value == null) {
      problems.add(new Problem(field, Messages.text("form.rule.required")));
    } else if (value.length() > 200) {
      problems.add(new Problem(field, Messages.text("form.rule.maxLength", "200")));
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
