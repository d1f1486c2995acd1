package kz.qyzmet.calendar;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar; // engine-internal: the engine's business-calendar plugin point
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl; // engine-internal: configuration the plugin point hands over; no public setter for this
import org.camunda.bpm.engine.impl.interceptor.CommandContext; // engine-internal: the running command (task manager); no public API inside a command
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity; // engine-internal: the task's definition (due date expression) is not on the public Task
import org.camunda.bpm.engine.impl.task.TaskDefinition; // engine-internal: the user task's definition (form handler, due date expression); no public API
import org.camunda.bpm.engine.task.Task;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Re-evaluates the {@code camunda:dueDate} expression of open user tasks, the way the engine did when it created
 * them (with the task's execution as the variable scope), and saves the new due date through the public TaskService.
 *
 * <p>The engine has no public API for a task definition's due-date expression, so this is the one place in the
 * calendar that uses engine-internal classes ({@code impl.*}); keep it small for a later move to another engine.
 * A due date set by hand on a task whose definition has an expression is overwritten; tasks without an expression
 * are left alone.
 */
final class TaskDueDateExpressions {

  record Outcome(int checked, int moved) {
  }

  private static final int PAGE = 500;

  private TaskDueDateExpressions() {
  }

  static Outcome reevaluate(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    TaskService tasks = engine.getTaskService();
    int checked = 0;
    int moved = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : page) {
        checked++;
        Date due;
        try {
          due = configuration.getCommandExecutorTxRequired().execute(context -> evaluate(context, task.getId()));
        } catch (RuntimeException e) {
          LoggerFactory.getLogger(TaskDueDateExpressions.class)
              .warn("Due date of task {} could not be recalculated: {}", task.getId(), e.getMessage());
          continue; // one task's expression failing leaves the others to be moved
        }
        if (due != null && !Objects.equals(due, task.getDueDate())) {
          task.setDueDate(due);
          tasks.saveTask(task);
          moved++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return new Outcome(checked, moved);
  }

  private static Date evaluate(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecution() == null) {
      return null; // standalone or case task: no process expression to evaluate
    }
    TaskDefinition definition = task.getTaskDefinition();
    Expression expression = definition == null ? null : definition.getDueDateExpression();
    if (expression == null) {
      return null;
    }
    Object value = expression.getValue(task.getExecution());
    if (value instanceof Date date) {
      return date;
    }
    if (value instanceof String text && !text.isBlank()) {
      return context.getProcessEngineConfiguration().getBusinessCalendarManager()
          .getBusinessCalendar(DueDateBusinessCalendar.NAME).resolveDuedate(text, task);
    }
    return null;
  }
}
