package kz.qyzmet.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one number generator of Qyzmet: receipts (the case's business key, e.g. {@code S01-261125-7KQ2MXAB}),
 * complaints' talons ({@code C-...}) and mobile centres' visits ({@code MV-...}). The day is the day in the zone of
 * the office's region, so a number taken at 01:00 in Almaty carries Almaty's date whatever the server's zone.
 */
public final class CaseNumbers {

  /** Prefix of a complaint's number. */
  public static final String COMPLAINT = "C";

  /**
   * Random characters after the day: 32^8 numbers a day, so even 100,000 numbers a day collide with a chance of about
   * 1 in 200 (the business key is not unique in the engine's tables).
   */
  public static final int RANDOM_CHARACTERS = 8;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private CaseNumbers() {}

  /** {@code <prefix>-<yyMMdd in zone>-<8 random characters>}. */
  public static String next(String prefix, Instant at, ZoneId zone) {
    StringBuilder number = new StringBuilder(prefix).append('-')
        .append(DAY.format(LocalDate.ofInstant(at, zone))).append('-');
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return number.toString();
  }
}
