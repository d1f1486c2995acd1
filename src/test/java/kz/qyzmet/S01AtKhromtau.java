package kz.qyzmet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.qyzmet.standards.CaseDriver;

/**
 * The complete S01 application of Сейтқали Айбек of Хромтау ({@link CaseDriver#S01_AT_KHROMTAU_CENTRE}) through
 * another channel, and the case it makes at the Хромтау pension branch (pension-aktobe-12); the same application as
 * the variables of a start through the engine (Tasklist's start form, the engine's REST API).
 */
public final class S01AtKhromtau {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The start variables of the application at the Хромтау centre (S01's start form). */
  private static final Map<String, Object> START = Map.of("channel", "psc", "applicantIin", "900515300018",
      "applicantSurname", "Сейтқали", "applicantName", "Айбек", "applicantPhone", "+7 701 000 00 00",
      "applicantAddress", "Хромтау, Абай көшесі 5", "region", "Ақтөбе облысы", "district", "Хромтау",
      "documents", "application,identityDocumentCopy,residenceProof,bankAccountDetails");

  private S01AtKhromtau() {
  }

  /** The application, handed in through {@code channel} ("branch": at the pension branch itself). */
  public static String application(String channel) {
    try {
      ObjectNode application = (ObjectNode) JSON.readTree(CaseDriver.S01_AT_KHROMTAU_CENTRE);
      return application.put("channel", channel).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's start variables, with {@code changes} (other values, more variables). */
  public static Map<String, Object> startVariables(Map<String, ?> changes) {
    Map<String, Object> variables = new LinkedHashMap<>(START);
    variables.putAll(changes);
    return variables;
  }

  /** Start variables as the engine's REST API takes them: {@code {"applicantIin": {"value": "..."}, ...}}. */
  public static String rest(Map<String, ?> variables) {
    ObjectNode rest = JSON.createObjectNode();
    variables.forEach((name, value) -> rest.putObject(name).set("value", JSON.valueToTree(value)));
    return rest.toString();
  }

  /**
   * The application filed at the branch on Friday 20 November 2026, 10:00 (the engine's clock stays there): the
   * review waits for the branch's specialists. Returns the case's key.
   */
  public static String filedAtTheBranch(CaseDriver cases) {
    CaseDriver.at(2026, 11, 20, 10, 0);
    return cases.apply(application("branch")).path("businessKey").asText();
  }
}
