package kz.qyzmet.forms;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A rule of a form that its schema cannot state (a date against a norm of the catalogue, a field required for some
 * sub-types only), checked on the server together with the schema's rules ({@link FormRules}): a submission that
 * breaks it is rejected naming the field, and nothing is written (Tasklist gets 400). Spring beans implementing this
 * interface are picked up by {@link ServerSideFormValidation}.
 */
public interface FormCheck {

  /** Whether this check applies to the form with this id. */
  boolean appliesTo(String formId);

  /**
   * The rules broken by the values; {@code values} gives the submitted value of a key, or the task's own where the
   * submission has none; {@code task} is the task (its case variables) before anything is written.
   */
  List<FormRules.Violation> check(String formId, Function<String, Object> values, VariableScope task);
}
