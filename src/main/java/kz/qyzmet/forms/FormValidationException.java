package kz.qyzmet.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completed with values its form does not allow. The engine rolls the completion back; the REST API answers
 * 400 and Tasklist shows the message, which names each field.
 */
public class FormValidationException extends BadUserRequestException {

  private final List<FormRules.Violation> violations;

  public FormValidationException(List<FormRules.Violation> violations) {
    super("Форма дұрыс толтырылмаған: "
        + violations.stream().map(FormRules.Violation::message).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<FormRules.Violation> violations() {
    return violations;
  }
}
