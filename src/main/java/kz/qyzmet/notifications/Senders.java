package kz.qyzmet.notifications;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The senders: e-mail through Spring's mail support (spring.mail.*), SMS through the {@link SmsProvider}. */
@Configuration(proxyBeanMethods = false)
class Senders {

  /** E-mail through Spring's JavaMailSender (configured by spring.mail.*; without it an e-mail attempt fails). */
  @Bean
  NotificationSender emailSender(ObjectProvider<JavaMailSender> mailSender,
      @Value("${qyzmet.notifications.mail-from}") String from) {
    return sender(Notifications.EMAIL, (recipient, subject, body) -> {
      JavaMailSender mail = mailSender.getIfAvailable();
      if (mail == null) {
        throw new IllegalStateException("no mail server configured (spring.mail.host)");
      }
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(recipient);
      helper.setSubject(subject);
      helper.setText(body);
      mail.send(message);
    });
  }

  @Bean
  @ConditionalOnMissingBean
  SmsProvider smsProvider() {
    return new LoggingSmsProvider();
  }

  @Bean
  NotificationSender smsSender(SmsProvider provider) {
    return sender(Notifications.SMS, (recipient, subject, body) -> provider.send(recipient, body));
  }

  /** How a message goes out over one channel; throws when it did not. */
  @FunctionalInterface
  interface Delivery {
    void send(String recipient, String subject, String body) throws Exception;
  }

  /** The sender of {@code channel} that delivers each message through {@code delivery}. */
  static NotificationSender sender(String channel, Delivery delivery) {
    return new NotificationSender() {
      @Override
      public String channel() {
        return channel;
      }

      @Override
      public void send(String recipient, String subject, String body) throws Exception {
        delivery.send(recipient, subject, body);
      }
    };
  }
}
