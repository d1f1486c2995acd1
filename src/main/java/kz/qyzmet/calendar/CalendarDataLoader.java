package kz.qyzmet.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
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
        throw new CalendarDataException(file.name() + ": year " + year.year() + " is defined in two files");
      }
    }
    return new CalendarData(rules, years);
  }

  private <T> T read(Source source, Class<T> type) {
    try (InputStream in = source.content().open()) {
      T value = yaml.readValue(in, type);
      if (value == null) {
        throw new CalendarDataException(source.name() + ": the file is empty");
      }
      return value;
    } catch (JsonMappingException e) {
      throw new CalendarDataException(source.name() + ": " + path(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new CalendarDataException(source.name() + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CalendarDataException(source.name() + ": cannot be read: " + e.getMessage(), e);
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

  static void validateRules(String file, HolidayRules rules) {
    require(file, "law", rules.law() != null && !rules.law().isBlank(), "the law must be cited");
    require(file, "holidays", rules.holidays() != null && !rules.holidays().isEmpty(), "no holidays listed");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.holidays().size(); i++) {
      HolidayRule rule = rules.holidays().get(i);
      String entry = "holidays[" + i + "]" + (rule.id() == null ? "" : " (" + rule.id() + ")");
      require(file, entry, rule.id() != null && !rule.id().isBlank(), "id is missing");
      require(file, entry, ids.add(rule.id()), "id is used twice");
      require(file, entry, rule.kind() != null, "kind is missing (NATIONAL, STATE or RELIGIOUS)");
      require(file, entry, notBlank(rule.nameKk()) && notBlank(rule.nameEn()),
          "nameKk and nameEn are both required");
      try {
        MonthDay.of(rule.month(), rule.day());
      } catch (DateTimeException e) {
        throw new CalendarDataException(file + ": " + entry + ": month " + rule.month() + " / day "
            + rule.day() + " is not a day of the year");
      }
      require(file, entry, rule.fromYear() == null || rule.untilYear() == null
          || rule.fromYear() <= rule.untilYear(), "fromYear is after untilYear");
    }
  }

  static void validateYear(String file, YearData year) {
    Matcher m = YEAR_FILE.matcher(file);
    require(file, "year", m.matches() && Integer.parseInt(m.group(1)) == year.year(),
        "year " + year.year() + " does not match the file name (expected <year>.yaml)");
    require(file, "year", year.year() >= StatutoryCalendar.MIN_YEAR && year.year() <= StatutoryCalendar.MAX_YEAR,
        "year " + year.year() + " is outside " + StatutoryCalendar.MIN_YEAR + ".." + StatutoryCalendar.MAX_YEAR);
    require(file, "sources", !year.verified() || !year.sources().isEmpty(),
        "a verified year must list its sources");
    if (year.kurbanAit() != null) {
      KurbanAit k = year.kurbanAit();
      require(file, "kurbanAit", k.date() != null && k.date().getYear() == year.year(),
          "date " + k.date() + " is not in " + year.year());
      require(file, "kurbanAit", notBlank(k.source()), "the source of the date is required");
    }
    for (int i = 0; i < year.transfers().size(); i++) {
      Transfer t = year.transfers().get(i);
      String entry = "transfers[" + i + "]";
      require(file, entry, t.workingDay() != null && t.dayOff() != null,
          "workingDay and dayOff are both required");
      entry += " (" + t.workingDay() + " -> " + t.dayOff() + ")";
      require(file, entry, !t.workingDay().equals(t.dayOff()), "workingDay and dayOff are the same day");
      require(file, entry, !isWeekend(t.dayOff()),
          "dayOff is a " + t.dayOff().getDayOfWeek() + "; a transfer makes a weekday a day off");
      require(file, entry, near(t.workingDay(), year.year()) && near(t.dayOff(), year.year())
              && (t.workingDay().getYear() == year.year() || t.dayOff().getYear() == year.year()),
          "the dates must touch " + year.year());
      require(file, entry, notBlank(t.act()), "act (the decree or order) must be cited");
      require(file, entry, notBlank(t.source()), "source is required");
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

  private static void require(String file, String entry, boolean condition, String problem) {
    if (!condition) {
      throw new CalendarDataException(file + ": " + entry + ": " + problem);
    }
  }
}
