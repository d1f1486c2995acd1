package kz.qyzmet.quality;

import kz.qyzmet.messages.Messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.api.InvalidRequestException;

/**
 * A reporting period of whole days, {@code from} to {@code to} inclusive, in the statutory calendar's zone: a year
 * ({@code 2026}), a quarter ({@code 2026-Q1}), a month ({@code 2026-03}) or any range ({@code from}, {@code to}).
 */
public record Period(LocalDate from, LocalDate to) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  public static Period parse(String period, String from, String to) {
    if (period != null && !period.isBlank()) {
      Matcher m;
      if ((m = YEAR.matcher(period)).matches()) {
        int year = Integer.parseInt(m.group(1));
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if ((m = QUARTER.matcher(period)).matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
      }
      if ((m = MONTH.matcher(period)).matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return new Period(start, start.plusMonths(1).minusDays(1));
      }
      throw new InvalidRequestException("period", Messages.text("quality.period.format", period));
    }
    if (from == null || to == null) {
      throw new InvalidRequestException("period", Messages.text("quality.period.required"));
    }
    try {
      Period range = new Period(LocalDate.parse(from), LocalDate.parse(to));
      if (range.to.isBefore(range.from)) {
        throw new InvalidRequestException("to", Messages.text("quality.to.beforeFrom"));
      }
      if (range.from.plusYears(5).isBefore(range.to)) {
        throw new InvalidRequestException("to", Messages.text("quality.to.atMostFiveYears"));
      }
      return range;
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("from", Messages.text("quality.from.isoDates"));
    }
  }

  public Date start(ZoneId zone) {
    return Date.from(from.atStartOfDay(zone).toInstant());
  }

  /** The first moment after the period. */
  public Date end(ZoneId zone) {
    return Date.from(to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
