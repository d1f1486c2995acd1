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
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Standard.Deadline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import kz.qyzmet.cases.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  public static final String ESCALATION_PROCESS = "deadline-escalation";

  private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

  private final StandardsCatalogue catalogue;
  private final StatutoryCalendar calendar;
  private final MeterRegistry meters;

  public Deadlines(StandardsCatalogue catalogue, StatutoryCalendar calendar, MeterRegistry meters) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.meters = meters;
  }

  /** The due moment of the case's deadline {@code deadlineId}. */
  public Date due(VariableScope execution, String deadlineId) {
    Standard standard = catalogue.get((String) execution.getVariable(STANDARD));
    Deadline deadline = deadline(standard, deadlineId);
    Object start = execution.getVariable(deadline.start());
    if (!(start instanceof Date startDate)) {
      throw new IllegalStateException(deadline.citation(standard.code()) + ": the count starts at variable '"
          + deadline.start() + "', which the case does not hold as a date (" + start + ")");
    }
    return due(deadline, startDate, (String) execution.getVariable(OFFICE_ZONE));
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
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    execution.setVariable(BREACH_PREFIX + deadlineId, EngineClock.now());
    meters.counter("qyzmet.deadline.breaches", "standard", standard, "deadline", deadlineId).increment();
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
    return measure(execution, standard, deadline, deadline.citation(standard), start, end);
  }

  /**
   * Records a norm measured on one case or visit: the minutes from {@code start} to {@code end} as variable {@code
   * <id>Minutes}, and, when the norm was not kept (a limit exceeded, or a minimum not reached), the breach as for a
   * deadline: variable {@code breach_<id>} (the moment the limit ran out, or the early end) and the metric {@code
   * qyzmet.deadline.breaches} tagged with {@code standard}. Returns whether the norm was kept.
   */
  public boolean measure(DelegateExecution execution, String standard, Deadline deadline, String citation, Date start,
      Date end) {
    Date bound = due(deadline, start, (String) execution.getVariable(OFFICE_ZONE));
    execution.setVariable(deadline.id() + "Minutes", Duration.between(start.toInstant(), end.toInstant())
        .toMinutes());
    boolean kept = deadline.isMinimum() ? !end.before(bound) : !end.after(bound);
    if (!kept) {
      execution.setVariable(BREACH_PREFIX + deadline.id(), deadline.isMinimum() ? end : bound);
      meters.counter("qyzmet.deadline.breaches", "standard", standard, "deadline", deadline.id()).increment();
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

  /** A term in Kazakh for the clerk's messages: "1 ай", "6 сағат". */
  public static String termKk(Deadline deadline) {
    return deadline.value() + " " + switch (deadline.unit()) {
      case workingDays -> "жұмыс күні";
      case calendarDays -> "күнтізбелік күн";
      case months -> "ай";
      case hours -> "сағат";
      case minutes -> "минут";
    };
  }

  /**
   * A deadline ran out while the step is still open: record the breach and give the office head a task of its own
   * (process {@code deadline-escalation}, linked to the case by business key). The case itself goes on.
   */
  public void escalate(DelegateExecution execution, String deadlineId, String headRole) {
    breached(execution, deadlineId);
    String standard = (String) execution.getVariable(STANDARD);
    Deadline deadline = deadline(catalogue.get(standard), deadlineId);
    Map<String, Object> variables = new HashMap<>();
    for (String name : List.of(STANDARD, CaseVariables.REGION, CaseVariables.DISTRICT, CaseVariables.OFFICE_ID, OFFICE_ZONE)) {
      Object value = execution.getVariable(name);
      if (value != null) { // an absent officeId (the usual case) is no variable: routing reads both alike
        variables.put(name, value);
      }
    }
    variables.put(CaseVariables.CASE_BUSINESS_KEY, execution.getProcessBusinessKey());
    variables.put(CaseVariables.DEADLINE_ID, deadlineId);
    variables.put(CaseVariables.DEADLINE_CITATION, deadline.citation(standard));
    variables.put(CaseVariables.DEADLINE_TEXT, deadline.value() + " " + deadline.unit() + ": " + deadline.startsFrom().kk());
    variables.put(CaseVariables.ESCALATION_ROLE, headRole);
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ESCALATION_PROCESS, execution.getProcessBusinessKey(), variables);
  }

  private static Deadline deadline(Standard standard, String id) {
    return standard.deadline(id).orElseThrow(() -> new IllegalArgumentException(
        standard.code() + " has no deadline '" + id + "' in the catalogue"));
  }
}
