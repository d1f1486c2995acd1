package kz.qyzmet.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * {@code qyzmet.calendar.*}: the office zone used when a deadline names none, the working hours, and where the data
 * files are.
 *
 * @param defaultZone tzdb id of the deciding office when none is given (never a fixed offset)
 * @param opensAt     start of the working day (public service centres and deciding bodies: 9:00)
 * @param closesAt    close of the working day, when a deadline ends (deciding bodies: 18:00)
 * @param location    Spring resource location of holidays.yaml and years/*.yaml
 */
@ConfigurationProperties("qyzmet.calendar")
public record CalendarProperties(
    @DefaultValue("Asia/Almaty") ZoneId defaultZone,
    @DefaultValue("09:00") LocalTime opensAt,
    @DefaultValue("18:00") LocalTime closesAt,
    @DefaultValue("classpath:calendar") String location) {

  public CalendarProperties {
    if (!opensAt.isBefore(closesAt)) {
      throw new IllegalArgumentException("qyzmet.calendar.opens-at must be before closes-at");
    }
  }

  public static CalendarProperties defaults() {
    return new CalendarProperties(ZoneId.of("Asia/Almaty"), LocalTime.of(9, 0), LocalTime.of(18, 0),
        "classpath:calendar");
  }
}
