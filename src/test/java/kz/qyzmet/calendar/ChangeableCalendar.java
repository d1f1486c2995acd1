package kz.qyzmet.calendar;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shared test context's calendar data: the committed files plus days off that a test adds, as a new decree would
 * (CalendarRecalculationTest), or a fixture's bad files. Part of every {@code @QyzmetTest} context, so that no test needs a context of its own
 * (two engines named "default" in one JVM would share the REST API's engine lookup).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ChangeableCalendar {

  /** Empty {@code added}: exactly the committed calendar. */
  public static class Source implements CalendarDataSource {
    private final CalendarDataSource committed = new ClasspathCalendarDataSource("classpath:calendar");
    final List<HolidayRule> added = new ArrayList<>();
    /** A fixture of src/test/resources/calendar/fixtures read instead of the committed files; null: the committed. */
    String fixture;

    @Override
    public CalendarData load() {
      CalendarData data = (fixture == null ? committed
          : new ClasspathCalendarDataSource("classpath:calendar/fixtures/" + fixture)).load();
      List<HolidayRule> rules = new ArrayList<>(data.rules().holidays());
      rules.addAll(added);
      return new CalendarData(new HolidayRules(data.rules().law(), rules), data.years());
    }
  }

  @Bean
  @Primary
  Source changeableCalendarSource() {
    return new Source();
  }
}
