package kz.qyzmet.forms;

import kz.qyzmet.messages.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException; // engine-internal: the exception Tasklist shows as a form message; no public type

/**
 * A task completed with values its form does not allow. Nothing is written; the REST API's form submission (which
 * Tasklist uses) answers 400 as for the engine's own form-field validation, and Tasklist shows the message, which names
 * each field.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<FormRules.Violation> violations;

  public FormValidationException(List<FormRules.Violation> violations) {
    super(List.copyOf(violations), Messages.text("form.invalid",
        violations.stream().map(FormRules.Violation::message).collect(Collectors.joining("; "))));
    this.violations = List.copyOf(violations);
    kz.qyzmet.messages.FieldErrors.remember(violations.stream()
        .map(v -> new kz.qyzmet.messages.FieldErrors.FieldError(v.key(), v.label(), v.rule())).toList());
  }

  public List<FormRules.Violation> violations() {
    return violations;
  }
}
