package kz.qyzmet.calendar;

/** A calendar data file is missing, unreadable or inconsistent; the message names the file and the entry. */
public class CalendarDataException extends RuntimeException {

  public CalendarDataException(String message) {
    super(message);
  }

  public CalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
