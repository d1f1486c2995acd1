package kz.qyzmet.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default SMS provider: writes a line to the log instead of sending. No personal data in the log: the number is
 * masked (only its last two digits shown) and the text is not logged, only its length.
 */
public class LoggingSmsProvider implements SmsProvider {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsProvider.class);

  @Override
  public void send(String phone, String text) {
    log.info("SMS to {} ({} characters) not sent: no SMS gateway is configured (LoggingSmsProvider)", mask(phone),
        text.length());
  }

  /** "+7 701 123 45 67" -> "*********67": the last two digits only. */
  public static String mask(String phone) {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    if (digits.length() <= 2) {
      return "**";
    }
    return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
  }
}
