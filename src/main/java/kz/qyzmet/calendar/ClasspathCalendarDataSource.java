package kz.qyzmet.calendar;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads {@code <location>/holidays.yaml} and every {@code <location>/years/*.yaml} (default location
 * {@code classpath:calendar}, i.e. {@code src/main/resources/calendar}).
 */
public class ClasspathCalendarDataSource implements CalendarDataSource {

  private final String location;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ClasspathCalendarDataSource(String location) {
    this.location = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
  }

  @Override
  public CalendarData load() {
    String holidaysName = location + "/holidays.yaml";
    Resource holidays = resolver.getResource(holidaysName);
    if (!holidays.exists()) {
      throw new CalendarDataException(holidaysName, null, "notFound");
    }
    try {
      Resource[] years = resolver.getResources(location + "/years/*.yaml");
      List<CalendarDataLoader.Source> yearSources = Arrays.stream(years)
          .sorted(Comparator.comparing(Resource::getFilename))
          .map(r -> new CalendarDataLoader.Source(displayName(r), r::getInputStream))
          .toList();
      return new CalendarDataLoader().load(new CalendarDataLoader.Source(holidaysName, holidays::getInputStream),
          yearSources);
    } catch (IOException e) {
      throw new CalendarDataException(e, location + "/years", null, "cannotList");
    }
  }

  private String displayName(Resource resource) {
    return location + "/years/" + resource.getFilename();
  }
}
