package kz.qyzmet.catalogue;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.calendar.OfficeHours;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Standard.Deadline;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.messages.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import kz.qyzmet.cases.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The statutory deadlines of a case, computed from the catalogue on the statutory calendar. Diagrams name a deadline
 * by its catalogue id and never state its number, e.g. a timer {@code ${deadlines.due(execution, 'service')}} and a
 * task due date with the same expression. The count starts at the moment held in the process variable the catalogue
 * names for that deadline ({@code acceptedAt}, {@code registeredAt}, {@code decidedAt}, ...), in the office's time zone
 * ({@code officeZone}, default the calendar's), so a recalculation of the timer gives the same date.
 */
@Component("deadlines")
public class Deadlines {

  /** A deadline that ran out leaves the variable {@code breach_<id>} on the case. */
  public static final String BREACH_PREFIX = "breach_";

  public static final String STANDARD = CaseVariables.STANDARD;
  public static final String OFFICE_ZONE = CaseVariables.OFFICE_ZONE;
  /**
   * The schedule of the office serving the case (calendar/office-hours.yaml): a term in minutes counts only its
   * serving time. Without it (a visit, an information request) minutes run on the clock.
   */
  public static final String OFFICE_HOURS = "officeHours";
  public static final String ESCALATION_PROCESS = "deadline-escalation";
  /**
   * The case's variables an escalation carries as they are (routing of the head's task, the row in the head's task
   * list) and the case's business key: the case's own history holds them, so the escalation's history does not
   * record them again (kz.qyzmet.engine.CaseHistoryLevel).
   */
  public static final List<String> ESCALATION_ROUTING = List.of(STANDARD, CaseVariables.REGION,
      CaseVariables.DISTRICT, CaseVariables.OFFICE_ID, OFFICE_ZONE);
  public static final List<String> ESCALATION_TASK_ROW = List.of(CaseVariables.CASE_NUMBER,
      CaseVariables.APPLICANT_SURNAME, CaseVariables.APPLICANT_NAME);
  /** The persons ahead of the applicant in the queue on arrival, for the norms per person in the queue. */
  public static final String PEOPLE_AHEAD = "peopleAheadInQueue";

  private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

  private final StandardsCatalogue catalogue;
  private final StatutoryCalendar calendar;
  private final MeterRegistry meters;
  private final OfficeHours officeHours;

  private final ObjectProvider<OfficeRouter> offices;

  public Deadlines(StandardsCatalogue catalogue, StatutoryCalendar calendar, MeterRegistry meters,
      OfficeHours officeHours, ObjectProvider<OfficeRouter> offices) {
    this.offices = offices;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.meters = meters;
    this.officeHours = officeHours;
  }

  /**
   * The latest statutory date of the result: the centre's hand-over (if the application came through a centre), then
   * the service term, then the notification term, each counted from the end of the one before. Only terms the process
   * enforces (timers) count; a service given on the spot has no later result date (null). Shown on the receipt.
   */
  public Date expectedResult(Standard standard, String channel, Date acceptedAt, String zoneId, String hours) {
    Date moment = acceptedAt;
    boolean counted = false;
    boolean viaCentre = "psc".equals(channel) || "mobilePsc".equals(channel);
    for (String id : viaCentre ? new String[] {"handover", "service", "notification"}
        : new String[] {"service", "notification"}) {
      var deadline = standard.deadline(id).filter(d -> d.kind() == Deadline.Kind.timer);
      if (deadline.isPresent()) {
        moment = due(deadline.get(), moment, zoneId, hours);
        counted = true;
      }
    }
    return counted ? moment : null;
  }

  /** The due moment of the case's deadline {@code deadlineId}. */
  public Date due(VariableScope execution, String deadlineId) {
    Standard standard = catalogue.get((String) execution.getVariable(STANDARD));
    Deadline deadline = deadline(standard, deadlineId);
    Object start = execution.getVariable(deadline.start());
    if (!(start instanceof Date startDate)) {
      throw new IllegalStateException(deadline.citation(standard.code()) + ": the count starts at variable '"
          + deadline.start() + "', which the case does not hold as a date ("
          + (start == null ? "absent" : start.getClass().getSimpleName()) + ")"); // the type, never the value
    }
    return due(deadline, startDate, (String) execution.getVariable(OFFICE_ZONE),
        (String) execution.getVariable(OFFICE_HOURS));
  }

  /**
   * The due moment of {@code deadline} counted from {@code start}; a term in minutes counts the serving time of the
   * office schedule {@code hours} (calendar/office-hours.yaml) from the moment the office serves, or the clock when
   * null.
   */
  public Date due(Deadline deadline, Date start, String zone, String hours) {
    if (hours != null && deadline.unit() == Deadline.Unit.minutes) {
      return officeHours.plusMinutes(start, deadline.value(), hours, zone);
    }
    return due(deadline, start, zone);
  }

  /** The minutes from {@code start} to {@code end}: the office's serving time (schedule {@code hours}) or the clock. */
  public long minutes(Date start, Date end, String zone, String hours) {
    return officeHours.minutesBetween(start, end, hours, zone);
  }

  /** The moment the office (schedule {@code hours}) serves an application made at {@code moment}. */
  public Date servesFrom(Date moment, String zone, String hours) {
    return officeHours.servesFrom(moment, hours, zone);
  }

  /** The due moment of {@code deadline} counted from {@code start} in the given zone (null: the default zone). */
  public Date due(Deadline deadline, Date start, String zone) {
    return switch (deadline.unit()) {
      case workingDays -> calendar.workingDaysAfter(start, deadline.value(), zone);
      case calendarDays -> calendar.calendarDaysAfter(start, deadline.value(), zone);
      case months -> calendar.monthsAfter(start, deadline.value(), zone);
      case hours -> calendar.minutesAfter(start, deadline.value() * 60);
      case minutes -> calendar.minutesAfter(start, deadline.value());
    };
  }

  /**
   * Records that a deadline ran out without the step being done: a variable {@code breach_<id>} with the moment (for
   * the quality indicators, item 18 of every standard) and the metric {@code qyzmet.deadline.breaches}.
   */
  public void breached(DelegateExecution execution, String deadlineId) {
    breached(execution, deadlineId, null);
  }

  /**
   * As {@link #breached(DelegateExecution, String)}; the metric's {@code office} tag is the office whose head role
   * {@code headRole} reviews the breach (null: the office that accepted the case), so Prometheus can alert per office.
   */
  public void breached(DelegateExecution execution, String deadlineId, String headRole) {
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    execution.setVariable(BREACH_PREFIX + deadlineId, EngineClock.now());
    meters.counter("qyzmet.deadline.breaches", "standard", standard, "deadline", deadlineId,
        "office", office(execution, headRole)).increment();
    log.warn("Deadline {} of {} ran out ({})", deadlineId, execution.getProcessBusinessKey(),
        deadline.citation(standard));
  }

  /** Whether the case's standard has the term and it applies to the case's sub-type (catalogue {@code subtypes}). */
  public boolean applies(VariableScope execution, String deadlineId) {
    return catalogue.get((String) execution.getVariable(STANDARD)).deadline(deadlineId)
        .filter(deadline -> deadline.appliesTo((String) execution.getVariable(CaseVariables.SUBTYPE))).isPresent();
  }

  /**
   * Measures a norm of the case's standard (kind {@code norm}) from its start variable to the moment in {@code
   * endVariable}; see {@link #measure(DelegateExecution, String, Deadline, String, Date, Date)}.
   */
  public boolean measure(DelegateExecution execution, String deadlineId, String endVariable) {
    return measure(execution, deadlineId, endVariable, deadlineId + "Minutes");
  }

  /**
   * {@link #measure(DelegateExecution, String, String)} recording the minutes as {@code minutesVariable}, for a norm
   * whose {@code <id>Minutes} would mean another measure: S07's term of item 7.1 (id {@code service}, line 23355) as
   * {@code serviceTermMinutes}, since {@code serviceMinutes} is the counter's service time of item 7.3.
   */
  public boolean measure(DelegateExecution execution, String deadlineId, String endVariable,
      String minutesVariable) {
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    Date start = moment(execution.getVariable(deadline.start()), (String) execution.getVariable(OFFICE_ZONE));
    Date end = moment(execution.getVariable(endVariable), (String) execution.getVariable(OFFICE_ZONE));
    if (start == null || end == null) {
      throw new IllegalStateException(deadline.citation(standard) + ": the norm is measured from '" + deadline.start()
          + "' to '" + endVariable + "', which the case does not hold as moments");
    }
    // Kept as dates, whatever form the values came in (Tasklist sends date-time fields as text).
    execution.setVariable(deadline.start(), start);
    execution.setVariable(endVariable, end);
    return measure(execution, standard, deadline, deadline.citation(standard), start, end, minutesVariable);
  }

  /**
   * A norm judged at a step after intake where its moments may be unknown (a Tasklist start records no times): measured
   * when the case holds both moments; otherwise only the limit of a norm per person in the queue is recorded ({@code
   * <id>Limit}). S08's document check records the queue the applicant found (line 28122) and judges the waiting here.
   */
  public boolean measureIfRecorded(DelegateExecution execution, String deadlineId, String endVariable) {
    Standard standard = catalogue.get((String) execution.getVariable(STANDARD));
    Deadline deadline = deadline(standard, deadlineId);
    String zone = (String) execution.getVariable(OFFICE_ZONE);
    if (moment(execution.getVariable(deadline.start()), zone) != null
        && moment(execution.getVariable(endVariable), zone) != null) {
      return measure(execution, deadlineId, endVariable);
    }
    if (deadline.isPerPersonInQueue() && execution.getVariable(PEOPLE_AHEAD) instanceof Number queue) {
      execution.setVariable(deadline.id() + "Limit", deadline.valueFor(queue.intValue()));
    }
    return true;
  }

  /**
   * Records a norm measured on one case or visit: the minutes from {@code start} to {@code end} as variable {@code
   * <id>Minutes}, and, when the norm was not kept (a limit exceeded, or a minimum not reached), the breach as for a
   * deadline: variable {@code breach_<id>} (the moment the limit ran out, or the early end) and the metric {@code
   * qyzmet.deadline.breaches} tagged with {@code standard}. Returns whether the norm was kept.
   */
  public boolean measure(DelegateExecution execution, String standard, Deadline deadline, String citation, Date start,
      Date end) {
    return measure(execution, standard, deadline, citation, start, end, deadline.id() + "Minutes");
  }

  private boolean measure(DelegateExecution execution, String standard, Deadline deadline, String citation,
      Date start, Date end, String minutesVariable) {
    String zone = (String) execution.getVariable(OFFICE_ZONE);
    String hours = deadline.unit() == Deadline.Unit.minutes ? (String) execution.getVariable(OFFICE_HOURS) : null;
    Date bound;
    if (deadline.isPerPersonInQueue()) {
      // "Queue x N minutes" (e.g. S08 line 28122): N times the persons ahead of the applicant on arrival.
      if (!(execution.getVariable(PEOPLE_AHEAD) instanceof Number queue)) {
        return true; // not judged without the queue
      }
      int limit = deadline.valueFor(queue.intValue());
      execution.setVariable(deadline.id() + "Limit", limit);
      bound = officeHours.plusMinutes(start, limit, hours, zone);
    } else {
      bound = due(deadline, start, zone, hours);
    }
    execution.setVariable(minutesVariable, minutes(start, end, zone, hours));
    boolean kept = deadline.isMinimum() ? !end.before(bound) : !end.after(bound);
    if (!kept && execution.getVariable(BREACH_PREFIX + deadline.id()) == null) { // once, also if intake judged it
      execution.setVariable(BREACH_PREFIX + deadline.id(), deadline.isMinimum() ? end : bound);
      meters.counter("qyzmet.deadline.breaches", "standard", standard, "deadline", deadline.id(),
          "office", office(execution, null)).increment();
      log.warn("Norm {} of {} not kept ({})", deadline.id(), execution.getProcessBusinessKey(), citation);
    }
    return kept;
  }

  /**
   * A moment as the engine or a Tasklist form gives it: a date, an ISO date-time with or without offset (local ones in
   * the office's zone), or an ISO date (its start in the office's zone); null when absent or not understood.
   */
  public Date moment(Object value, String zone) {
    if (value instanceof Date date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    ZoneId zoneId = calendar.zone(zone);
    try {
      if (text.length() <= 10) {
        return Date.from(LocalDate.parse(text).atStartOfDay(zoneId).toInstant());
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME
          .parseBest(text, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime at ? Date.from(at.toInstant())
          : Date.from(((LocalDateTime) parsed).atZone(zoneId).toInstant());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The language of the texts a case keeps (task descriptions, the head's escalation task, a visit's norm): the
   * language of Tasklist's forms, whichever request or job made them.
   */
  public static final java.util.Locale CASE_TEXTS = Messages.KAZAKH;

  /** A term in Kazakh for the clerk's messages: "1 ай", "6 сағат". */
  public static String termKk(Deadline deadline) {
    return term(deadline, CASE_TEXTS);
  }

  /** A term in {@code language} ("1 ай", "10 раб. дн.", "6 hours"), from the message bundles. */
  public static String term(Deadline deadline, java.util.Locale language) {
    return Messages.text(language, "deadline.term." + deadline.unit().name(), String.valueOf(deadline.value()));
  }

  /** A term with its citation in {@code language}: "10 жұмыс күні (S01, 7.1-тармақ, 550-жол)". */
  public static String termCited(String standard, Deadline deadline, java.util.Locale language) {
    return Messages.text(language, "deadline.termCited", term(deadline, language), deadline.citation(standard, language));
  }

  /** "10 жұмыс күні мерзімі (...; S01, 7.1-тармақ, 550-жол)": the term, what it counts from, its item and line. */
  private static String termOf(String standard, Deadline deadline) {
    return Messages.text(CASE_TEXTS, "deadline.termOf", termKk(deadline), deadline.startsFrom().kk(),
        deadline.citation(standard, CASE_TEXTS));
  }

  /**
   * A deadline ran out while the step is still open: record the breach and give the office head a task of its own
   * (process {@code deadline-escalation}, linked to the case by business key). The case itself goes on.
   */
  public void escalate(DelegateExecution execution, String deadlineId, String headRole) {
    breached(execution, deadlineId, headRole);
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    Map<String, Object> variables = new HashMap<>();
    for (String name : ESCALATION_ROUTING) {
      Object value = execution.getVariable(name);
      if (value != null) { // an absent officeId (the usual case) is no variable: routing reads both alike
        variables.put(name, value);
      }
    }
    for (String name : ESCALATION_TASK_ROW) {
      Object value = execution.getVariable(name); // shown on the head's task list row (TasklistFilters)
      if (value != null) {
        variables.put(name, value);
      }
    }
    Date now = EngineClock.now();
    Date dueAt = dueOrNull(execution, deadline);
    variables.put(CaseVariables.CASE_BUSINESS_KEY, execution.getProcessBusinessKey());
    variables.put(CaseVariables.DEADLINE_ID, deadlineId);
    variables.put(CaseVariables.DEADLINE_CITATION, deadline.citation(standard, CASE_TEXTS));
    variables.put(CaseVariables.DEADLINE_TEXT,
        Messages.text(CASE_TEXTS, "deadline.text", termKk(deadline), deadline.startsFrom().kk()));
    // The head's task is due when the case's deadline was: Tasklist shows it as overdue by the case's delay.
    variables.put(CaseVariables.DEADLINE_DUE_AT, dueAt != null ? dueAt : now);
    variables.put(CaseVariables.BREACH_SUMMARY, breachSummary(execution.getProcessBusinessKey(), standard, deadline, dueAt,
        now, (String) execution.getVariable(OFFICE_ZONE)));
    variables.put(CaseVariables.ESCALATION_ROLE, headRole);
    var runtime = execution.getProcessEngineServices().getRuntimeService();
    String definition = escalationDefinition(execution);
    if (definition != null) {
      runtime.startProcessInstanceById(definition, execution.getProcessBusinessKey(), variables);
    } else {
      runtime.startProcessInstanceByKey(ESCALATION_PROCESS, execution.getProcessBusinessKey(), variables);
    }
  }

  /**
   * The escalation deployed with the diagram whose deadline ran out (Qyzmet deploys processes/ as one deployment): a
   * case runs on the models it started with, as its forms do ({@code formRefBinding="deployment"}). Null when that
   * deployment has none (a diagram deployed alone): then the latest. Deployments never change, so the answer is kept
   * per definition; a timer storm asked the database for the latest escalation once per timer (issue 21).
   */
  private String escalationDefinition(DelegateExecution execution) {
    String caseDefinition = execution.getProcessDefinitionId();
    if (caseDefinition == null) {
      return null;
    }
    return escalationOfDefinition.computeIfAbsent(caseDefinition, id -> {
      var repository = execution.getProcessEngineServices().getRepositoryService();
      var escalation = repository.createProcessDefinitionQuery()
          .deploymentId(repository.getProcessDefinition(id).getDeploymentId())
          .processDefinitionKey(ESCALATION_PROCESS).singleResult();
      return Optional.ofNullable(escalation == null ? null : escalation.getId());
    }).orElse(null);
  }

  private final Map<String, Optional<String>> escalationOfDefinition = new ConcurrentHashMap<>();

  /** The office id for the breach metric (an office id is no personal data); "unknown" when the case names none. */
  private String office(DelegateExecution execution, String headRole) {
    if (headRole != null) {
      try {
        return offices.getObject().resolve(execution, headRole).office().id();
      } catch (RuntimeException e) { // no office of that role for the case: the accepting office stands
        log.debug("No {} office for the breach metric ({})", headRole, e.getClass().getSimpleName()); // no address text
      }
    }
    Object office = execution.getVariable(CaseVariables.INTAKE_OFFICE_ID);
    return office == null ? "unknown" : office.toString();
  }

  /**
   * A task's text in Kazakh naming the case and the term of the case's own standard (a building block serves every
   * standard, so its diagram cannot cite one): "S05-261125-7KQ2MXAB өтініші (S05): 1 жұмыс күні мерзімі (...; S05,
   * 7.1-тармақ, 16000-жол), 26.11.2026 18:00 дейін." Used as {@code ${deadlines.taskText(execution, '<id>')}} in a
   * user task's documentation, which the engine evaluates into the task's description (Tasklist's Description tab).
   */
  public String taskText(VariableScope execution, String deadlineId) {
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    Object caseNumber = execution.getVariable(CaseVariables.CASE_NUMBER);
    String which = caseNumber != null ? Messages.text(CASE_TEXTS, "deadline.ofCase", caseNumber.toString(), standard) : standard;
    Object start = execution.getVariable(deadline.start());
    if (start instanceof Date startDate) {
      String zone = (String) execution.getVariable(OFFICE_ZONE);
      return Messages.text(CASE_TEXTS, "deadline.task.until", which, termOf(standard, deadline),
          DUE_TEXT.format(due(deadline, startDate, zone).toInstant().atZone(calendar.zone(zone))));
    }
    return Messages.text(CASE_TEXTS, "deadline.task", which, termOf(standard, deadline));
  }

  /** The due moment of a timer deadline as the case holds it now; null when its start is not a date. */
  private Date dueOrNull(DelegateExecution execution, Deadline deadline) {
    Object start = execution.getVariable(deadline.start());
    return start instanceof Date startDate ? due(deadline, startDate, (String) execution.getVariable(OFFICE_ZONE))
        : null;
  }

  private static final DateTimeFormatter DUE_TEXT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /**
   * The head's escalation task in Kazakh: which case, which deadline (term, what it counts from, decree item and line),
   * when it ran out and by how much it was exceeded when the task was given, e.g. "S01-261125-7KQ2MXAB өтініші (S01):
   * 10 жұмыс күні мерзімі (...; S01, 7.1-тармақ, 550-жол) 04.12.2026 18:00 аяқталды, тапсырма берілгенде 0 сағ. 1 мин.
   * өтіп кетті."
   */
  String breachSummary(String caseKey, String standard, Deadline deadline, Date dueAt, Date now,
      String zone) {
    String which = Messages.text(CASE_TEXTS, "deadline.ofCase", caseKey, standard);
    if (dueAt == null) {
      return Messages.text(CASE_TEXTS, "deadline.breach", which, termOf(standard, deadline));
    }
    long minutes = Math.max(0, Duration.between(dueAt.toInstant(), now.toInstant()).toMinutes());
    String overrun = minutes >= 24 * 60
        ? Messages.text(CASE_TEXTS, "deadline.overrun.days", String.valueOf(minutes / (24 * 60)),
            String.valueOf(minutes / 60 % 24))
        : Messages.text(CASE_TEXTS, "deadline.overrun.hours", String.valueOf(minutes / 60),
            String.valueOf(minutes % 60));
    return Messages.text(CASE_TEXTS, "deadline.breach.overrun", which, termOf(standard, deadline),
        DUE_TEXT.format(dueAt.toInstant().atZone(calendar.zone(zone))), overrun);
  }

  private static Deadline deadline(Standard standard, String id) {
    return standard.deadline(id).orElseThrow(() -> new IllegalArgumentException(
        standard.code() + " has no deadline '" + id + "' in the catalogue"));
  }
}
