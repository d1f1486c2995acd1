package kz.qyzmet.calendar;

import kz.qyzmet.messages.Messages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        Messages.text("problem.invalidRequest.violation", e.parameter(), e.getMessage()));
    problem.setTitle(Messages.text("problem.calendar.title"));
    problem.setProperty("parameter", e.parameter());
    return problem(problem);
  }

  @ExceptionHandler(RecalculationForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(RecalculationForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle(Messages.text("problem.calendarForbidden.title"));
    return problem(problem);
  }

  @ExceptionHandler(CalendarDataException.class)
  ResponseEntity<ProblemDetail> badData(CalendarDataException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        Messages.text("calendar.data.invalid", e.getMessage()));
    problem.setTitle(Messages.text("problem.calendarData.title"));
    return problem(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
