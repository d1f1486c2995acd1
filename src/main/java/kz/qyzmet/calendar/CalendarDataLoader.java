package kz.qyzmet.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates the calendar files: {@code holidays.yaml} and one {@code <year>.yaml} per year. Anything wrong
 * (unknown field, bad date, a transfer onto a weekend, a year that does not match its file name ...) is a
 * {@link CalendarDataException} naming the file and the entry, so a bad file never yields a silently wrong deadline.
 */
public final class CalendarDataLoader {

  /** One file to read: its name (for messages and the year check) and its content. */
  public record Source(String name, IoSupplier content) {
  }

  @FunctionalInterface
  public interface IoSupplier {
    InputStream open() throws IOException;
  }

  private static final Pattern YEAR_FILE = Pattern.compile("(?:.*/)?(\\d{4})\\.ya?ml");

  private final ObjectMapper yaml = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  public CalendarData load(Source holidays, List<Source> yearFiles) {
    HolidayRules rules = read(holidays, HolidayRules.class);
    validateRules(holidays.name(), rules);
    Map<Integer, YearData> years = new TreeMap<>();
    for (Source file : yearFiles) {
      YearData year = read(file, YearData.class);
      validateYear(file.name(), year);
      if (years.put(year.year(), year) != null) {
        throw new CalendarDataException(file.name(), "year", "yearTwice", year.year());
      }
    }
    return new CalendarData(rules, years);
  }

  private <T> T read(Source source, Class<T> type) {
    try (InputStream in = source.content().open()) {
      T value = yaml.readValue(in, type);
      if (value == null) {
        throw new CalendarDataException(source.name(), null, "empty");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new CalendarDataException(e, source.name(), path(e), "unknownField",
          String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
    } catch (InvalidFormatException e) {
      throw new CalendarDataException(e, source.name(), path(e), "wrongFormat", e.getValue(), typeName(e));
    } catch (MismatchedInputException e) {
      throw new CalendarDataException(e, source.name(), path(e), "wrongType", typeName(e));
    } catch (JsonMappingException e) { // the parser's own text is not shown: it is English and names its classes
      throw new CalendarDataException(e, source.name(), path(e), "invalidValue");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new CalendarDataException(e, source.name(), null, "notYaml", at == null ? "?" : at.getLineNr(),
          at == null ? "?" : at.getColumnNr());
    } catch (IOException e) {
      throw new CalendarDataException(e, source.name(), null, "unreadable");
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(document)" : path.toString();
  }

  /** The type a value should have had, as the data files' readers know it: a date, a number, text, a list. */
  private static String typeName(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    if (type == null) {
      return "?";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "yyyy-MM-dd";
    }
    if (type.isEnum()) {
      return String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
    }
    return type.getSimpleName();
  }

  static void validateRules(String file, HolidayRules rules) {
    require(file, "law", rules.law() != null && !rules.law().isBlank(), "lawRequired");
    require(file, "holidays", rules.holidays() != null && !rules.holidays().isEmpty(), "noHolidays");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.holidays().size(); i++) {
      HolidayRule rule = rules.holidays().get(i);
      String entry = "holidays[" + i + "]" + (rule.id() == null ? "" : " (" + rule.id() + ")");
      require(file, entry, rule.id() != null && !rule.id().isBlank(), "idMissing");
      require(file, entry, ids.add(rule.id()), "idTwice");
      require(file, entry, rule.kind() != null, "kindMissing");
      require(file, entry, notBlank(rule.nameKk()) && notBlank(rule.nameEn()), "namesRequired");
      try {
        MonthDay.of(rule.month(), rule.day());
      } catch (DateTimeException e) {
        throw new CalendarDataException(e, file, entry, "notADay", rule.month(), rule.day());
      }
      require(file, entry, rule.fromYear() == null || rule.untilYear() == null
          || rule.fromYear() <= rule.untilYear(), "fromAfterUntil");
    }
  }

  static void validateYear(String file, YearData year) {
    Matcher m = YEAR_FILE.matcher(file);
    require(file, "year", m.matches() && Integer.parseInt(m.group(1)) == year.year(), "yearNotFileName",
        year.year());
    require(file, "year", year.year() >= StatutoryCalendar.MIN_YEAR && year.year() <= StatutoryCalendar.MAX_YEAR,
        "yearOutside", year.year(), StatutoryCalendar.MIN_YEAR, StatutoryCalendar.MAX_YEAR);
    require(file, "sources", !year.verified() || !year.sources().isEmpty(), "sourcesRequired");
    if (year.kurbanAit() != null) {
      KurbanAit k = year.kurbanAit();
      require(file, "kurbanAit", k.date() != null && k.date().getYear() == year.year(), "kurbanAitYear", k.date(),
          year.year());
      require(file, "kurbanAit", notBlank(k.source()), "kurbanAitSource");
    }
    for (int i = 0; i < year.transfers().size(); i++) {
      Transfer t = year.transfers().get(i);
      String entry = "transfers[" + i + "]";
      require(file, entry, t.workingDay() != null && t.dayOff() != null, "transferDates");
      entry = transfer(i, t);
      require(file, entry, !t.workingDay().equals(t.dayOff()), "transferSameDay");
      require(file, entry, !isWeekend(t.dayOff()), "transferOntoWeekend", t.dayOff().getDayOfWeek());
      require(file, entry, near(t.workingDay(), year.year()) && near(t.dayOff(), year.year())
              && (t.workingDay().getYear() == year.year() || t.dayOff().getYear() == year.year()),
          "transferYear", year.year());
      require(file, entry, notBlank(t.act()), "actRequired");
      require(file, entry, notBlank(t.source()), "sourceRequired");
    }
  }

  private static boolean near(LocalDate date, int year) {
    return Math.abs(date.getYear() - year) <= 1;
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** A transfer as the messages name it: "transfers[1] (2018-03-10 -> 2018-03-04)". */
  static String transfer(int index, Transfer t) {
    return "transfers[" + index + "] (" + t.workingDay() + " -> " + t.dayOff() + ")"; // an entry's name, not a text
  }

  private static void require(String file, String entry, boolean condition, String rule, Object... arguments) {
    if (!condition) {
      throw new CalendarDataException(file, entry, rule, arguments);
    }
  }
}
