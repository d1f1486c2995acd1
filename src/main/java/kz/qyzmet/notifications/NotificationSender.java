package kz.qyzmet.notifications;

/** Sends one message over one channel ({@code email}, {@code sms}); throws when the message did not go out. */
public interface NotificationSender {
  String channel();

  void send(String recipient, String subject, String body) throws Exception;
}
