package kz.qyzmet.quality;

import java.util.Map;
import java.util.function.Function;

/**
 * The applicant's answers to the satisfaction rows (catalogue/survey.yaml): each "yes", "no" or null (not asked,
 * declined). Form fields and variables are named {@code satisfaction<Question>}, e.g. {@code satisfactionCourtesy}.
 */
public record SurveyAnswers(String process, String information, String complaint, String complaintTerm,
    String courtesy) {

  public static final String PREFIX = "satisfaction";

  /** The field of a question: {@code courtesy} -> {@code satisfactionCourtesy}. */
  public static String field(String question) {
    return PREFIX + Character.toUpperCase(question.charAt(0)) + question.substring(1);
  }

  public boolean isEmpty() {
    return process == null && information == null && complaint == null && complaintTerm == null && courtesy == null;
  }

  /** The answers among variables or form fields; "declined" and blanks count as no answer. */
  static SurveyAnswers fromVariables(Function<String, Object> values) {
    return new SurveyAnswers(answer(values, "process"), answer(values, "information"), answer(values, "complaint"),
        answer(values, "complaintTerm"), answer(values, "courtesy"));
  }

  /** The answers of a survey submission; any value other than yes, no or declined is a bad request. */
  static SurveyAnswers fromForm(Map<String, String> form) {
    for (Map.Entry<String, String> entry : form.entrySet()) {
      if (entry.getKey().startsWith(PREFIX)) {
        if (CaseFacts.QUESTIONS.stream().map(SurveyAnswers::field).noneMatch(entry.getKey()::equals)) {
          throw new IllegalArgumentException(entry.getKey() + ": no such question");
        }
        String value = entry.getValue();
        if (value != null && !value.isBlank() && !value.equals("yes") && !value.equals("no")
            && !value.equals("declined")) {
          throw new IllegalArgumentException(entry.getKey() + ": must be yes, no or declined");
        }
      }
    }
    return fromVariables(form::get);
  }

  private static String answer(Function<String, Object> values, String question) {
    Object value = values.apply(field(question));
    return "yes".equals(value) || "no".equals(value) ? value.toString() : null;
  }

  String of(String question) {
    return switch (question) {
      case "process" -> process;
      case "information" -> information;
      case "complaint" -> complaint;
      case "complaintTerm" -> complaintTerm;
      case "courtesy" -> courtesy;
      default -> null;
    };
  }
}
