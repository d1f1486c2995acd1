package kz.qyzmet.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
    return switch (kind) {
      case WEEKEND, HOLIDAY -> nameKk;
      case RELIGIOUS -> nameKk + " (діни мереке, демалыс күні ауыстырылмайды)";
      case CARRY_OVER -> nameKk + ": " + DMY.format(carriedOverFrom)
          + " демалыс күніне сәйкес келгендіктен ауыстырылған демалыс күні";
      case TRANSFER -> "Демалыс күні " + DMY.format(transfer.workingDay()) + " күнінен ауыстырылды ("
          + transfer.act() + ")";
    };
  }

  /** The same in English. */
  public String reasonEn() {
    return switch (kind) {
      case WEEKEND, HOLIDAY -> nameEn;
      case RELIGIOUS -> nameEn + " (religious holiday, not carried over)";
      case CARRY_OVER -> nameEn + ": day off carried over from " + carriedOverFrom + " ("
          + carriedOverFrom.getDayOfWeek().name().charAt(0)
          + carriedOverFrom.getDayOfWeek().name().substring(1).toLowerCase() + ")";
      case TRANSFER -> "Day off transferred from " + transfer.workingDay() + " (" + transfer.act() + ")";
    };
  }
}
