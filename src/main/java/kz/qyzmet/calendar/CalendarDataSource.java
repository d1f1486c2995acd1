package kz.qyzmet.calendar;

/** Where the calendar data comes from; {@link StatutoryCalendar#reload()} asks it again. */
public interface CalendarDataSource {

  CalendarData load();
}
