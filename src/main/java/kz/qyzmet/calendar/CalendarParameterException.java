package kz.qyzmet.calendar;

/** A bad request parameter of the calendar API: answered 400 problem+json naming {@link #parameter()}. */
class CalendarParameterException extends RuntimeException {

  private final String parameter;

  CalendarParameterException(String parameter, String detail) {
    super(detail);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
