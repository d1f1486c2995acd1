package kz.qyzmet.calendar;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems for the calendar API only: the detail names the parameter and the rule it breaks. */
@RestControllerAdvice(assignableTypes = CalendarController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

  @ExceptionHandler(CalendarParameterException.class)
  ResponseEntity<ProblemDetail> badParameter(CalendarParameterException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid calendar request");
    problem.setProperty("parameter", e.parameter());
    return problem(problem);
  }

  @ExceptionHandler(RecalculationForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(RecalculationForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Recalculation needs an administrator");
    return problem(problem);
  }

  @ExceptionHandler(CalendarDataException.class)
  ResponseEntity<ProblemDetail> badData(CalendarDataException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The calendar data is invalid; the previous calendar stays in use: " + e.getMessage());
    problem.setTitle("Invalid calendar data");
    return problem(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
