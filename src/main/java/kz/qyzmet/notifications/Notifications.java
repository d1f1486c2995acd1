package kz.qyzmet.notifications;

import kz.qyzmet.cases.CaseVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import kz.qyzmet.directory.Office;
import kz.qyzmet.documents.DocumentTexts;
import kz.qyzmet.documents.Documents;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil; // engine-internal: the engine's clock (moved in tests and demos)
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the applicant is told, written to the outbox in the transaction of the case step (the result is ready, it
 * went to storage, a complaint was answered): an e-mail if the case holds an address ({@code applicantEmail},
 * {@code complainantEmail}), an SMS if it holds a number ({@code applicantPhone}, {@code complainantPhone}). The
 * {@link NotificationDispatcher} sends them.
 */
@Component
public class Notifications {

  public static final String EMAIL = "email";
  public static final String SMS = "sms";
  public static final String RESULT_READY = "resultReady";
  public static final String RESULT_TRANSFERRED = "resultTransferred";
  public static final String COMPLAINT_ANSWERED = "complaintAnswered";

  record Text(String subject, String body) {}

  private final NotificationOutbox outbox;
  private final Map<String, Map<String, Text>> messages;
  private final String publicBaseUrl;

  Notifications(NotificationOutbox outbox, @Value("${qyzmet.documents.public-base-url}") String publicBaseUrl) {
    this.outbox = outbox;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    try (InputStream in = new ClassPathResource("notifications/messages.yaml").getInputStream()) {
      this.messages = new ObjectMapper(new YAMLFactory()).readValue(in,
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, Text>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's result is ready at {@code office}. */
  public void resultReady(VariableScope caseVariables, Office office) {
    write(caseVariables, (String) caseVariables.getVariable(CaseVariables.CASE_NUMBER), "applicant", RESULT_READY,
        "/api/applications/", office);
  }

  public void resultTransferred(VariableScope caseVariables) {
    write(caseVariables, (String) caseVariables.getVariable(CaseVariables.CASE_NUMBER), "applicant", RESULT_TRANSFERRED,
        "/api/applications/", null);
  }

  public void complaintAnswered(VariableScope complaint, String number) {
    write(complaint, number, "complainant", COMPLAINT_ANSWERED, "/api/complaints/", null);
  }

  private void write(VariableScope variables, String number, String person, String event, String statusPath,
      Office office) {
    if (number == null) {
      return;
    }
    String language = DocumentTexts.language(variables.getVariable(Documents.LANGUAGE));
    Text text = messages.get(event).get(language);
    String status = publicBaseUrl + statusPath + number;
    String subject = fill(text.subject(), number, office, status);
    String body = fill(text.body(), number, office, status);
    var now = ClockUtil.getCurrentTime().toInstant();
    Object email = variables.getVariable(person + "Email");
    if (email != null && !email.toString().isBlank()) {
      outbox.enqueue(number, event, EMAIL, email.toString().strip(), subject, body, now);
    }
    Object phone = variables.getVariable(person + "Phone");
    if (phone != null && !phone.toString().isBlank()) {
      outbox.enqueue(number, event, SMS, phone.toString().strip(), subject, body, now);
    }
  }

  private static String fill(String template, String number, Office office, String status) {
    return template.replace("{case}", number).replace("{status}", status)
        .replace("{office}", office == null ? "" : office.name())
        .replace("{address}", office == null ? "" : office.address());
  }
}
