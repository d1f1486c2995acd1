package kz.qyzmet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.documents.Documents;
import kz.qyzmet.standards.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 17, point 3: the applicant is told when the result is ready, through the outbox written with the case step;
 * e-mail goes to a real SMTP server (GreenMail, random port), SMS to the logging provider with the number masked.
 */
@QyzmetTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String PHONE = "+7 701 123 45 67";
  static final String APPLICANT = """
      "applicant": {"iin": "900515300018", "surname": "Сейтқали", "name": "Айбек", "patronymic": "Нұрланұлы",
                    "phone": "%s", "address": "Хромтау, Абай көшесі 5", "email": "aibek@example.kz",
                    "region": "Ақтөбе облысы", "district": "Хромтау"}""".formatted(PHONE);

  @Autowired ProcessEngine engine;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired JavaMailSenderImpl mail;
  @LocalServerPort int port;

  @BeforeEach
  void pointMailAtTheTestServer() {
    mail.setHost("127.0.0.1");
    mail.setPort(smtp.getSmtp().getPort());
  }

  @Test
  void theResultIsReadyGoesOutOnceByEmailAndSmsEvenWithTwoNodes(CapturedOutput output) throws Exception {
    CaseDriver cases = new CaseDriver(engine, port, "S01");
    CaseDriver.at(2026, 11, 20, 10, 0);
    String key = cases.apply("""
        {"channel": "psc", %s, "documents": ["application", "identityDocumentCopy", "residenceProof",
         "bankAccountDetails"]}""".formatted(APPLICANT)).path("businessKey").asText();
    cases.complete(cases.task(key, "Task_HandOverToBranch"),
        Map.of("handoverRegisterNumber", "ТЗ-7", "documentsHandedOver", true));
    cases.complete(cases.task(key, "Task_ReviewApplication"), Map.of("decision", "assigned"));
    assertThat(outbox.ofCase(key)).isEmpty(); // nothing to tell before the result reaches the centre
    CaseDriver.at(2026, 12, 4, 9, 30);
    cases.complete(cases.task(key, "Task_NotifyApplicant"), Map.of("notificationMethod", "psc"));

    // The hand-out step, its printed certificate and the two messages were written together.
    Task issue = cases.task(key, "Task_IssueResult");
    String link = (String) engine.getTaskService().getVariable(issue.getId(), Documents.RESULT_DOCUMENT_URL);
    assertThat(link).startsWith("/api/applications/" + key + "/documents/");
    assertThat(new Http(port).get(link, QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    List<NotificationOutbox.Message> messages = outbox.ofCase(key);
    assertThat(messages).extracting(NotificationOutbox.Message::channel).containsExactlyInAnyOrder("email", "sms");
    assertThat(messages).allMatch(m -> m.event().equals(Notifications.RESULT_READY) && m.status().equals("pending"));
    assertThat(messages.get(0).body()).contains(key, "Хромтау");

    // Two nodes poll at the same moment: each message is claimed by one of them only.
    Instant now = ClockUtil.getCurrentTime().toInstant();
    CountDownLatch start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> nodes = List.of(() -> {
      start.await();
      return dispatcher.dispatchDue(now);
    }, () -> {
      start.await();
      return dispatcher.asNode("node-b").dispatchDue(now);
    });
    var futures = nodes.stream().map(pool::submit).toList();
    start.countDown();
    for (var future : futures) {
      future.get();
    }
    pool.shutdown();

    MimeMessage[] received = smtp.getReceivedMessages();
    List<MimeMessage> mine = java.util.Arrays.stream(received)
        .filter(m -> GreenMailUtil.getBody(m).contains(key) || subject(m).contains(key)).toList();
    assertThat(mine).hasSize(1);
    assertThat(subject(mine.get(0))).isEqualTo(key + " өтініші бойынша қызмет нәтижесі дайын");
    assertThat(mine.get(0).getAllRecipients()[0].toString()).isEqualTo("aibek@example.kz");
    for (NotificationOutbox.Message message : outbox.ofCase(key)) {
      assertThat(message.status()).isEqualTo("sent");
      assertThat(outbox.attempts(message.id())).hasSize(1).allMatch(a -> a.outcome().equals("sent"));
    }
    // The SMS went to the logging provider: the number masked, no digits of it but the last two.
    assertThat(output).contains("SMS to *********67").doesNotContain(PHONE).doesNotContain("701 123");
    // A second poll sends nothing again.
    dispatcher.dispatchDue(now.plusSeconds(3600));
    assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(key))).hasSize(1);
  }

  @Test
  void aFailedAttemptIsRecordedAndRetriedWithBackoff() throws Exception {
    String key = "S01-TEST-" + UUID.randomUUID();
    Instant now = Instant.parse("2026-11-20T05:00:00Z");
    outbox.enqueue(key, Notifications.RESULT_READY, Notifications.EMAIL, "retry@example.kz", "Тақырып " + key,
        "Мәтін", now);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    mail.setPort(closedPort); // the SMTP server is down
    dispatcher.dispatchDue(now);
    var message = outbox.ofCase(key).get(0);
    assertThat(message.status()).isEqualTo("pending");
    assertThat(message.attempts()).isEqualTo(1);
    assertThat(message.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(outbox.attempts(message.id())).singleElement().satisfies(a -> {
      assertThat(a.outcome()).isEqualTo("error");
      assertThat(a.error()).contains("MailSendException");
    });

    dispatcher.dispatchDue(now.plusSeconds(59)); // not due yet: no attempt
    assertThat(outbox.attempts(message.id())).hasSize(1);
    dispatcher.dispatchDue(now.plusSeconds(60)); // second attempt, server still down: the next waits twice as long
    assertThat(outbox.ofCase(key).get(0).nextAttemptAt()).isEqualTo(now.plusSeconds(60).plus(Duration.ofMinutes(2)));

    mail.setPort(smtp.getSmtp().getPort()); // the server is back
    dispatcher.dispatchDue(now.plusSeconds(180));
    assertThat(outbox.ofCase(key).get(0).status()).isEqualTo("sent");
    assertThat(outbox.attempts(message.id())).extracting(NotificationOutbox.Attempt::outcome)
        .containsExactly("error", "error", "sent");
    assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(key))).hasSize(1);
  }

  @Test
  void theLoggingProviderMasksTheNumber() {
    assertThat(LoggingSmsProvider.mask("+7 701 123 45 67")).isEqualTo("*********67");
    assertThat(LoggingSmsProvider.mask("5")).isEqualTo("**");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
