package kz.qyzmet.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the calendar: the data source (a test may add a {@code @Primary} one) and the {@code statutoryCalendar} bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  @Bean
  CalendarDataSource calendarDataSource(CalendarProperties properties) {
    return new ClasspathCalendarDataSource(properties.location());
  }

  @Bean
  StatutoryCalendar statutoryCalendar(CalendarDataSource calendarDataSource, CalendarProperties properties) {
    return new StatutoryCalendar(calendarDataSource, properties);
  }

  /** The offices' hours ({@code <location>/office-hours.yaml}), on the statutory calendar. */
  @Bean
  OfficeHours officeHours(StatutoryCalendar statutoryCalendar, CalendarProperties properties) {
    return OfficeHours.load(statutoryCalendar, properties.location());
  }
}
