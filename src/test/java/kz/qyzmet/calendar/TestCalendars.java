package kz.qyzmet.calendar;

/** The real, committed calendar data, shared by the fast unit tests (loaded once). */
final class TestCalendars {

  static final StatutoryCalendar REAL =
      new StatutoryCalendar(new ClasspathCalendarDataSource("classpath:calendar"), CalendarProperties.defaults());

  private TestCalendars() {
  }
}
