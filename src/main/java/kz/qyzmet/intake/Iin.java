package kz.qyzmet.intake;

import kz.qyzmet.messages.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The individual identification number (ЖСН): 12 digits; digits 1-6 are the birth date (YYMMDD), digit 7 gives the
 * century and sex (1-2: 19th, 3-4: 20th, 5-6: 21st century), digit 12 is the check digit (weights 1..11, and 3..11,1,2
 * when the first sum leaves 10; a second 10 means no valid number has these first eleven digits).
 */
public final class Iin {

  private Iin() {}

  /** Why the value is not a valid IIN, in the request's language; empty when it is valid. */
  public static Optional<String> problem(String value) {
    if (value == null || !value.matches("\\d{12}")) {
      return Optional.of(Messages.text("rule.iin.twelveDigits"));
    }
    int centuryDigit = value.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6) {
      return Optional.of(Messages.text("rule.iin.centuryDigit", String.valueOf(centuryDigit)));
    }
    int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    try {
      LocalDate.of(century + Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)),
          Integer.parseInt(value.substring(4, 6)));
    } catch (DateTimeException e) {
      return Optional.of(Messages.text("rule.iin.birthDate"));
    }
    int check = checkDigit(value);
    if (check < 0) {
      return Optional.of(Messages.text("rule.iin.noCheckDigit"));
    }
    if (check != value.charAt(11) - '0') {
      return Optional.of(Messages.text("rule.iin.checkDigit", String.valueOf(check)));
    }
    return Optional.empty();
  }

  public static LocalDate birthDate(String valid) {
    int century = 1800 + 100 * ((valid.charAt(6) - '1') / 2);
    return LocalDate.of(century + Integer.parseInt(valid.substring(0, 2)), Integer.parseInt(valid.substring(2, 4)),
        Integer.parseInt(valid.substring(4, 6)));
  }

  /** The check digit for the first eleven digits, or -1 when none exists. */
  static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (i + 1) * (digits.charAt(i) - '0');
    }
    if (sum % 11 != 10) {
      return sum % 11;
    }
    sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += ((i + 2) % 11 + 1) * (digits.charAt(i) - '0');
    }
    return sum % 11 == 10 ? -1 : sum % 11;
  }
}
