package kz.qyzmet.calendar;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * After the calendar data changed (a new transfer decree, a corrected Kurban ait date): reload the data, then move
 * every timer and every open user task whose due date comes from an expression. Timer due dates are computed when a
 * timer is created, so without this they would keep the old calendar.
 *
 * <p>Timers: {@code ManagementService.recalculateJobDuedate(jobId, true)} evaluates the timer's expression again;
 * that gives the right answer because deadline expressions take their start from a process variable (e.g.
 * {@code acceptedAt}), never from "now". Tasks: see {@link TaskDueDateExpressions} (the only engine-internal code).
 */
@Service
public class CalendarRecalculation {

  private static final Logger log = LoggerFactory.getLogger(CalendarRecalculation.class);
  private static final int PAGE = 500;

  /** What was done: timers and tasks moved, and the jobs whose expression failed (left unchanged). */
  public record Result(int timersRecalculated, int tasksChecked, int tasksMoved, List<String> failedJobIds) {
  }

  private final StatutoryCalendar calendar;
  private final ProcessEngine engine;

  public CalendarRecalculation(StatutoryCalendar calendar, ProcessEngine engine) {
    this.calendar = calendar;
    this.engine = engine;
  }

  /** The admin operation behind {@code POST /api/calendar/recalculation}: only for {@code camunda-admin}. */
  Result recalculateAsCurrentUser() {
    var current = engine.getIdentityService().getCurrentAuthentication();
    if (current == null || current.getGroupIds() == null || !current.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw new RecalculationForbiddenException(
          kz.qyzmet.messages.Messages.text("calendar.recalculation.forbidden", Groups.CAMUNDA_ADMIN));
    }
    return recalculate();
  }

  public Result recalculate() {
    calendar.reload();
    ManagementService management = engine.getManagementService();
    int timers = 0;
    List<String> failed = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Job> page = management.createJobQuery().timers().orderByJobId().asc().listPage(first, PAGE);
      for (Job job : page) {
        try {
          management.recalculateJobDuedate(job.getId(), true);
          timers++;
        } catch (RuntimeException e) {
          log.warn("Timer job {} could not be recalculated: {}", job.getId(), e.getMessage());
          failed.add(job.getId());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    TaskDueDateExpressions.Outcome tasks = TaskDueDateExpressions.reevaluate(engine);
    log.info("Calendar reloaded: {} timers recalculated, {} of {} open tasks moved, {} failed", timers,
        tasks.moved(), tasks.checked(), failed.size());
    return new Result(timers, tasks.checked(), tasks.moved(), List.copyOf(failed));
  }
}
