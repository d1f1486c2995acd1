package kz.qyzmet.notifications;

/**
 * The SMS provider: one interface for whichever operator's gateway production uses. The default is
 * {@link LoggingSmsProvider}, which only logs (with the number masked). A provider throws when the message was not
 * accepted, so the outbox retries it.
 */
public interface SmsProvider {
  void send(String phone, String text) throws Exception;
}
