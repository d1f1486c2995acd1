package kz.qyzmet.calendar;

/**
 * Why a holiday is a day off, which decides whether it is carried over.
 *
 * <p>National and state holidays: Law of 13 Dec 2001 No. 267 "On holidays in the Republic of Kazakhstan", art. 5:
 * when one falls on a Saturday or Sunday, the next working day is a day off. Religious holidays (7 January, the first
 * day of Kurban ait) are days off under the Labour Code (2015 Code art. 84 p. 5) and are not carried over.
 */
public enum HolidayKind {
  NATIONAL(true),
  STATE(true),
  RELIGIOUS(false);

  private final boolean carriedOver;

  HolidayKind(boolean carriedOver) {
    this.carriedOver = carriedOver;
  }

  /** Whether the next working day becomes a day off when this holiday falls on a Saturday or Sunday. */
  public boolean carriedOver() {
    return carriedOver;
  }
}
