package kz.qyzmet.api;

import kz.qyzmet.messages.Messages;
import kz.qyzmet.catalogue.UnknownStandardException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for Qyzmet's own API: a 400 names every field and the rule it breaks (property {@code errors},
 * and {@code field} for the first one).
 */
@RestControllerAdvice(basePackages = "kz.qyzmet")
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // before Spring's generic problem details, after feature-specific advice
public class ApiProblems {

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle(Messages.text("problem.invalidRequest.title"));
    problem.setProperty("field", e.violations().get(0).field());
    problem.setProperty("errors", e.violations());
    return respond(problem);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    // Only where the body breaks, never the parser's message: it quotes the input, which may be personal data.
    String detail = e.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException parse
        && parse.getLocation() != null
        ? Messages.text("problem.unreadableBody.detail", Messages.text("problem.unreadableBody.position",
            String.valueOf(parse.getLocation().getLineNr()), String.valueOf(parse.getLocation().getColumnNr())))
        : Messages.text("problem.unreadableBody.nowhere");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle(Messages.text("problem.invalidRequest.title"));
    problem.setProperty("field", "body");
    if (e.getMostSpecificCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
        && !mapping.getPath().isEmpty()) {
      // The field whose value has the wrong type, as a JSON path: applicant.surname, documents[2].
      StringBuilder field = new StringBuilder();
      for (var reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          field.append('[').append(reference.getIndex()).append(']');
        }
      }
      problem.setProperty("field", field.toString());
      problem.setDetail(Messages.text("problem.wrongType.detail", field));
    }
    return respond(problem);
  }

  @ExceptionHandler(UnknownStandardException.class)
  ResponseEntity<ProblemDetail> unknownStandard(UnknownStandardException e) {
    ProblemDetail problem = titled(HttpStatus.NOT_FOUND, "problem.unknownStandard.title",
        Messages.text("problem.unknownStandard.detail", e.code()));
    problem.setProperty("field", "standard");
    return respond(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return respond(titled(HttpStatus.NOT_FOUND, e.titleKey(), e.getMessage()));
  }

  /** A problem of {@code status} whose title is the text of {@code titleKey} in the request's language. */
  public static ProblemDetail titled(HttpStatus status, String titleKey, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(Messages.text(titleKey));
    return problem;
  }

  /**
   * A 400 for a query or path parameter that breaks a rule: the detail names the parameter and the rule, the property
   * {@code parameter} names the parameter; the title is the text of {@code titleKey}.
   */
  public static ResponseEntity<ProblemDetail> badParameter(String titleKey, String parameter, String rule) {
    ProblemDetail problem = titled(HttpStatus.BAD_REQUEST, titleKey,
        Messages.text("problem.invalidRequest.violation", parameter, rule));
    problem.setProperty("parameter", parameter);
    return respond(problem);
  }

  public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
