package kz.qyzmet.directory;

import kz.qyzmet.api.ApiProblems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
    return ApiProblems.badParameter(e instanceof DirectoryException.NoResponsibleOfficeException
        ? "problem.noResponsibleOffice.title" : "problem.directory.title", e.parameter(), e.getMessage());
  }

  @ExceptionHandler(OfficeController.OfficeNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(OfficeController.OfficeNotFoundException e) {
    ProblemDetail problem = ApiProblems.titled(HttpStatus.NOT_FOUND, "problem.unknownOffice.title", e.getMessage());
    problem.setProperty("parameter", "id");
    return ApiProblems.respond(problem);
  }
}
