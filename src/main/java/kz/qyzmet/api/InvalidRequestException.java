package kz.qyzmet.api;

import kz.qyzmet.messages.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** A request that breaks rules; each violation names the field (JSON path) and the rule. Nothing has been written. */
public class InvalidRequestException extends RuntimeException {

  /** One broken rule: {@code field} is the JSON path of the field, e.g. {@code applicant.iin}. */
  public record Violation(String field, String rule) {}

  private final List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(violations.stream().map(v -> Messages.text("problem.invalidRequest.violation", v.field(), v.rule()))
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public InvalidRequestException(String field, String rule) {
    this(List.of(new Violation(field, rule)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
