package kz.qyzmet.calendar;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import kz.qyzmet.messages.Messages;

/**
 * A calendar data file is missing, unreadable or inconsistent. It names the file, the entry or field ({@code null}
 * when the whole file is at fault) and the rule broken: a key {@code calendar.data.rule.<rule>} of the message
 * bundles with its arguments, so the administrator who reloads the calendar reads it in her language
 * ({@link #detail(Locale)}); {@link #getMessage()} is the English text, for the log and a failed startup.
 */
public class CalendarDataException extends RuntimeException {

  /**
   * What is at fault: the file, the entry or field ({@code transfers[1] (2018-03-10 -> 2018-03-04)}; null: the whole
   * file) and the rule broken (its key under {@code calendar.data.rule.}, e.g. {@code transferOntoWeekend}).
   */
  public record Fault(String file, String field, String rule) {}

  private final Fault fault;
  private final Object[] arguments;

  /**
   * {@code rule} is a key under {@code calendar.data.rule.}; a {@link DayOfWeek} or {@link Name} argument is named in
   * the reader's language.
   */
  public CalendarDataException(String file, String field, String rule, Object... arguments) {
    this(null, file, field, rule, arguments);
  }

  public CalendarDataException(Throwable cause, String file, String field, String rule, Object... arguments) {
    super(text(Locale.ENGLISH, file, field, rule, arguments), cause);
    this.fault = new Fault(file, field, rule);
    this.arguments = arguments.clone();
  }

  /** A name the data files give in Kazakh and English (a holiday's): shown in English to English readers only. */
  public record Name(String kk, String en) {
    String in(Locale language) {
      return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? en : kk;
    }
  }

  public Fault fault() {
    return fault;
  }

  /** "file: field: rule" in {@code language}. */
  public String detail(Locale language) {
    return text(language, fault.file(), fault.field(), fault.rule(), arguments);
  }

  private static String text(Locale language, String file, String field, String rule, Object[] arguments) {
    Object[] shown = Arrays.stream(arguments).map(argument -> argument instanceof DayOfWeek day
        ? day.getDisplayName(TextStyle.FULL, language)
        : argument instanceof Name name ? name.in(language) : String.valueOf(argument)).toArray();
    String broken = Messages.text(language, "calendar.data.rule." + rule, shown);
    return field == null ? Messages.text(language, "calendar.data.file", file, broken)
        : Messages.text(language, "calendar.data.entry", file, field, broken);
  }
}
