package kz.qyzmet.messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The fields and rules that Qyzmet's checks refused in the current request (an application started from Tasklist, a
 * form completed there), kept beside the exception so that the answer the clerk reads is made from them and not from
 * the exception's text, which the engine's REST API wraps in its own ("Cannot instantiate process definition
 * S01:1:...: ..."). kz.qyzmet.security.EngineRestErrors writes them into the error body as one short sentence per
 * field, in the request's language. Outside a request (a job, a test calling the engine) nothing is kept.
 */
public final class FieldErrors {

  /** One refused field: its name (a variable or an API path such as {@code applicant.iin}), its label, its rule. */
  public record FieldError(String field, String label, String rule) {

    /** "«ЖСН» өрісі: бақылау цифры (12-цифр) 8 болуы керек." in {@code language}. */
    public String sentence(Locale language) {
      String text = rule == null ? "" : rule.strip();
      while (text.endsWith(".")) {
        text = text.substring(0, text.length() - 1);
      }
      return Messages.text(language, "clerk.fieldRule", label == null || label.isBlank() ? field : label, text);
    }
  }

  static final String ATTRIBUTE = FieldErrors.class.getName();

  private FieldErrors() {}

  /** Keeps {@code errors} for the answer to the current request (replacing any kept before). */
  public static void remember(List<FieldError> errors) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null && !errors.isEmpty()) {
      attributes.setAttribute(ATTRIBUTE, List.copyOf(errors), RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** A refused field of an application, labelled by {@link #label}. */
  public static FieldError of(String field, String rule) {
    return new FieldError(field, label(field), rule);
  }

  /** What was kept for the request whose attributes these are. */
  @SuppressWarnings("unchecked")
  public static Optional<List<FieldError>> kept(jakarta.servlet.http.HttpServletRequest request) {
    Object kept = request.getAttribute(ATTRIBUTE);
    return kept instanceof List<?> list && !list.isEmpty() ? Optional.of((List<FieldError>) list) : Optional.empty();
  }

  /**
   * The label of a field of an application (an API path such as {@code applicant.iin}, or a start form's variable)
   * as the start forms show it, in the request's language ({@code field.<name>} in messages_*.properties); the name
   * itself when it has none.
   */
  public static String label(String field) {
    try {
      return Messages.text("field." + field);
    } catch (NoSuchMessageException e) {
      return field;
    }
  }
}
