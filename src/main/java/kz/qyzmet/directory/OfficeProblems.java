package kz.qyzmet.directory;

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
 * RFC 9457 problems for the directory API: the detail names the parameter and the rule it breaks, in the request's
 * language (Messages).
 */
@RestControllerAdvice(assignableTypes = OfficeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficeProblems {

  @ExceptionHandler(DirectoryException.class)
  ResponseEntity<ProblemDetail> badParameter(DirectoryException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        Messages.text("problem.invalidRequest.violation", e.parameter(), e.getMessage()));
    problem.setTitle(Messages.text(e instanceof DirectoryException.NoResponsibleOfficeException
        ? "problem.noResponsibleOffice.title" : "problem.directory.title"));
    problem.setProperty("parameter", e.parameter());
    return problem(problem);
  }

  @ExceptionHandler(OfficeController.OfficeNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(OfficeController.OfficeNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle(Messages.text("problem.unknownOffice.title"));
    problem.setProperty("parameter", "id");
    return problem(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
