package kz.qyzmet.calendar;

/** The caller of the recalculation is not a member of {@code camunda-admin}: answered 403 problem+json. */
class RecalculationForbiddenException extends RuntimeException {

  RecalculationForbiddenException(String detail) {
    super(detail);
  }
}
