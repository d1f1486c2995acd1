package kz.qyzmet.calendar;

import kz.qyzmet.api.ApiProblems;
import kz.qyzmet.messages.Messages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the calendar API only: the detail names the parameter and the rule it breaks, in the request's
 * language (Messages), as is a defect of the data files a reload found.
 */
@RestControllerAdvice(assignableTypes = CalendarController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CalendarProblems.class);

  @ExceptionHandler(CalendarParameterException.class)
  ResponseEntity<ProblemDetail> badParameter(CalendarParameterException e) {
    return ApiProblems.badParameter("problem.calendar.title", e.parameter(), e.getMessage());
  }

  @ExceptionHandler(RecalculationForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(RecalculationForbiddenException e) {
    return ApiProblems.respond(
        ApiProblems.titled(HttpStatus.FORBIDDEN, "problem.calendarForbidden.title", e.getMessage()));
  }

  /**
   * The data files the administrator asked to reload (POST /api/calendar/recalculation) break a rule: 400 naming the
   * file, the field and the rule in her language; the previous calendar stays in use. The log keeps the English text.
   */
  @ExceptionHandler(CalendarDataException.class)
  ResponseEntity<ProblemDetail> badData(CalendarDataException e) {
    log.warn("Calendar data refused: {}", e.getMessage());
    ProblemDetail problem = ApiProblems.titled(HttpStatus.BAD_REQUEST, "problem.calendarData.title",
        Messages.text("calendar.data.invalid", e.detail(Messages.language())));
    problem.setProperty("file", e.fault().file());
    if (e.fault().field() != null) {
      problem.setProperty("field", e.fault().field());
    }
    problem.setProperty("rule", e.fault().rule());
    return ApiProblems.respond(problem);
  }
}
