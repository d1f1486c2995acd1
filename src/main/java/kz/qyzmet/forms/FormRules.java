package kz.qyzmet.forms;

import kz.qyzmet.messages.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The validation rules of one Camunda Form (form-js schema), checked again on the server: a form in the browser
 * grants no protection. Covers what form-js validates: {@code required}, {@code minLength}/{@code maxLength},
 * {@code min}/{@code max}, {@code pattern}, and the options of select, radio and checklist fields. A field that the
 * form hides by a condition is not checked while hidden; conditions of the form {@code =key = "value"} and
 * {@code =key != "value"} are understood, any other condition leaves the field's rules unchecked rather than
 * blocking a clerk on a rule the form does not show.
 */
public final class FormRules {

  /** A rule broken by a submitted value; the message is in the clerk's language (the form's label stays Kazakh). */
  public record Violation(String key, String label, String rule) {
    public String message() {
      return Messages.text("form.violation", label, key, rule);
    }
  }

  private final List<JsonNode> fields = new ArrayList<>();

  public FormRules(JsonNode schema) {
    collect(schema.path("components"));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
      collect(component.path("components")); // groups
    }
  }

  /** Every rule that the submitted values break; {@code values} gives the value of a field key. */
  public List<Violation> check(Function<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      String label = field.path("label").asText(key);
      JsonNode validate = field.path("validate");
      if (hidden(field, values)) {
        continue;
      }
      Object value = plain(values.apply(key));
      boolean empty = value == null || (value instanceof String text && text.isBlank())
          || (value instanceof Collection<?> list && list.isEmpty())
          || (value instanceof Boolean flag && !flag && field.path("type").asText().equals("checkbox"));
      if (empty) {
        if (validate.path("required").asBoolean(false)) {
          violations.add(new Violation(key, label, Messages.text("form.rule.required")));
        }
        continue;
      }
      if (value instanceof String text) {
        if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
          violations.add(new Violation(key, label,
              Messages.text("form.rule.minLength", validate.get("minLength").asText())));
        }
        if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
          violations.add(new Violation(key, label,
              Messages.text("form.rule.maxLength", validate.get("maxLength").asText())));
        }
        if (validate.has("pattern") && !text.matches(validate.get("pattern").asText())) {
          violations.add(new Violation(key, label, Messages.text("form.rule.pattern")));
        }
      }
      if (value instanceof Number number) {
        if (validate.has("min") && number.doubleValue() < validate.get("min").asDouble()) {
          violations.add(new Violation(key, label, Messages.text("form.rule.min", validate.get("min").asText())));
        }
        if (validate.has("max") && number.doubleValue() > validate.get("max").asDouble()) {
          violations.add(new Violation(key, label, Messages.text("form.rule.max", validate.get("max").asText())));
        }
      }
      Set<String> options = options(field);
      if (!options.isEmpty()) {
        Collection<?> chosen = value instanceof Collection<?> list ? list : List.of(value);
        for (Object option : chosen) {
          if (!options.contains(String.valueOf(option))) {
            violations.add(new Violation(key, label, Messages.text("form.rule.notAnOption", option)));
          }
        }
      }
    }
    return violations;
  }

  private static final java.util.regex.Pattern CONDITION =
      java.util.regex.Pattern.compile("=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

  /** Whether form-js hides the field for these values ({@code conditional.hide}). */
  private static boolean hidden(JsonNode field, Function<String, Object> values) {
    String condition = field.path("conditional").path("hide").asText(null);
    if (condition == null || condition.isBlank()) {
      return false;
    }
    var match = CONDITION.matcher(condition);
    if (!match.matches()) {
      return true; // not understood: do not enforce what the form may not show
    }
    boolean equal = match.group(3).equals(String.valueOf(values.apply(match.group(1))));
    return match.group(2).equals("=") == equal;
  }

  /** Checklists and taglists arrive from Tasklist as JSON (Spin) arrays: they become lists of their values. */
  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Collection<?>) {
      return value;
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        List<String> items = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).forEach(item -> items.add(item.asText()));
        return items;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return value;
      }
    }
    return value;
  }

  private static Set<String> options(JsonNode field) {
    Set<String> options = new HashSet<>();
    for (JsonNode option : field.path("values")) {
      options.add(option.path("value").asText());
    }
    return options;
  }
}
