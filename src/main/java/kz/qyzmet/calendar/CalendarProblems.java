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
 * language (Messages). The data file's own defect (a 500) stays as the loader wrote it: it is for the administrator.
 */
@RestControllerAdvice(assignableTypes = CalendarController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

  @ExceptionHandler(CalendarParameterException.class)
  ResponseEntity<ProblemDetail> badParameter(CalendarParameterException e) {
    return ApiProblems.badParameter("problem.calendar.title", e.parameter(), e.getMessage());
  }

  @ExceptionHandler(RecalculationForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(RecalculationForbiddenException e) {
    return ApiProblems.respond(
        ApiProblems.titled(HttpStatus.FORBIDDEN, "problem.calendarForbidden.title", e.getMessage()));
  }

  @ExceptionHandler(CalendarDataException.class)
  ResponseEntity<ProblemDetail> badData(CalendarDataException e) {
    return ApiProblems.respond(ApiProblems.titled(HttpStatus.INTERNAL_SERVER_ERROR, "problem.calendarData.title",
        Messages.text("calendar.data.invalid", e.getMessage())));
  }
}
