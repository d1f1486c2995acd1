package kz.qyzmet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.qyzmet.messages.Messages;

/**
 * One non-working day and why.
 *
 * @param kind            what makes it a day off
 * @param nameKk          holiday name in Kazakh (for WEEKEND: the day's name)
 * @param nameEn          holiday name in English
 * @param carriedOverFrom for CARRY_OVER: the holiday date that fell on a Saturday or Sunday
 * @param transfer        for TRANSFER: the transfer with its act
 */
public record DayOff(LocalDate date, Kind kind, String nameKk, String nameEn, LocalDate carriedOverFrom,
           Transfer transfer) {

  public enum Kind {
    /** Saturday or Sunday. */
    WEEKEND,
    /** National or state holiday (carried over when on a weekend). */
    HOLIDAY,
    /** Religious holiday (7 January, Kurban ait): a day off, never carried over. */
    RELIGIOUS,
    /** The next working day after a national or state holiday that fell on a Saturday or Sunday (Law art. 5). */
    CARRY_OVER,
    /** A weekday made a day off by a transfer (Labour Code art. 85 p. 3). */
    TRANSFER
  }

  static DayOff weekend(LocalDate date) {
    boolean saturday = date.getDayOfWeek() == DayOfWeek.SATURDAY;
    return new DayOff(date, Kind.WEEKEND, saturday ? "Сенбі" : "Жексенбі", saturday ? "Saturday" : "Sunday",
        null, null);
  }

  static DayOff holiday(LocalDate date, HolidayKind kind, String nameKk, String nameEn) {
    return new DayOff(date, kind == HolidayKind.RELIGIOUS ? Kind.RELIGIOUS : Kind.HOLIDAY, nameKk, nameEn, null,
        null);
  }

  static DayOff carryOver(LocalDate date, DayOff holiday) {
    return new DayOff(date, Kind.CARRY_OVER, holiday.nameKk(), holiday.nameEn(), holiday.date(), null);
  }

  static DayOff transfer(Transfer transfer) {
    return new DayOff(transfer.dayOff(), Kind.TRANSFER, null, null, null, transfer);
  }

  /** What a user reads, in Kazakh. */
  public String reasonKk() {
    return reason(Messages.KAZAKH);
  }

  /** The same in English. */
  public String reasonEn() {
    return reason(Locale.ENGLISH);
  }

  /**
   * The reason in {@code language} ({@code calendar.reason.*} patterns); a holiday's own name is the calendar data's
   * Kazakh or English one (the data has no Russian names, so a Russian reason names the holiday in Kazakh).
   */
  public String reason(Locale language) {
    String name = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? nameEn : nameKk;
    return switch (kind) {
      case WEEKEND, HOLIDAY -> name;
      case RELIGIOUS -> Messages.text(language, "calendar.reason.religious", name);
      case CARRY_OVER -> Messages.text(language, "calendar.reason.carryOver", name,
          date(language, "calendar.reason.carryOver.date", carriedOverFrom));
      case TRANSFER -> Messages.text(language, "calendar.reason.transfer",
          date(language, "calendar.reason.date", transfer.workingDay()), transfer.act());
    };
  }

  private static String date(Locale language, String patternKey, LocalDate date) {
    return DateTimeFormatter.ofPattern(Messages.text(language, patternKey), language).format(date);
  }
}
