package kz.qyzmet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The offices' hours of calendar/office-hours.yaml on the statutory calendar (item 9, S01 lines 574-590). */
class OfficeHoursTest {

  static final String ZONE = "Asia/Aqtobe";
  static final OfficeHours HOURS = OfficeHours.load(TestCalendars.REAL, "classpath:calendar");

  @Test
  void aDepartmentServesMondayToFridayNineToSixWithoutTheLunchHour() {
    // Sunday 6 December 2026, 23:46: served from Monday 09:00, 15 minutes end at 09:15.
    assertThat(HOURS.servesFrom(at(2026, 12, 6, 23, 46), "office", ZONE)).isEqualTo(at(2026, 12, 7, 9, 0));
    assertThat(HOURS.plusMinutes(at(2026, 12, 6, 23, 46), 15, "office", ZONE)).isEqualTo(at(2026, 12, 7, 9, 15));
    // Five minutes before lunch, ten after it.
    assertThat(HOURS.plusMinutes(at(2026, 12, 7, 12, 55), 15, "office", ZONE)).isEqualTo(at(2026, 12, 7, 14, 10));
    // A term that ends exactly at closing ends then, not at the next opening.
    assertThat(HOURS.plusMinutes(at(2026, 11, 20, 17, 45), 15, "office", ZONE)).isEqualTo(at(2026, 11, 20, 18, 0));
    // Saturday is closed for a department.
    assertThat(HOURS.plusMinutes(at(2026, 11, 20, 17, 50), 20, "office", ZONE)).isEqualTo(at(2026, 11, 23, 9, 10));
    assertThat(HOURS.serves(at(2026, 11, 20, 13, 30), "office", ZONE)).isFalse();
    assertThat(HOURS.serves(at(2026, 11, 20, 14, 0), "office", ZONE)).isTrue();
  }

  @Test
  void aCentreServesSaturdaysUntilEightButNotOnAHoliday() {
    assertThat(HOURS.plusMinutes(at(2026, 11, 21, 10, 0), 20, "psc", ZONE)).isEqualTo(at(2026, 11, 21, 10, 20));
    // Saturday 19:50: ten minutes that evening, ten on Monday (Sunday is closed).
    assertThat(HOURS.plusMinutes(at(2026, 11, 21, 19, 50), 20, "psc", ZONE)).isEqualTo(at(2026, 11, 23, 9, 10));
    // No lunch break at a centre.
    assertThat(HOURS.plusMinutes(at(2026, 11, 20, 12, 55), 15, "psc", ZONE)).isEqualTo(at(2026, 11, 20, 13, 10));
    // Monday 8 March 2027 is International Women's Day: closed.
    assertThat(HOURS.servesFrom(at(2027, 3, 6, 20, 30), "psc", ZONE)).isEqualTo(at(2027, 3, 9, 9, 0));
  }

  @Test
  void minutesBetweenCountOnlyTheServingTime() {
    // In the queue from 08:40 before opening, served from 10:00: 60 minutes of the office's time.
    assertThat(HOURS.minutesBetween(at(2026, 11, 20, 8, 40), at(2026, 11, 20, 10, 0), "office", ZONE)).isEqualTo(60);
    assertThat(HOURS.minutesBetween(at(2026, 11, 20, 12, 50), at(2026, 11, 20, 14, 10), "office", ZONE))
        .isEqualTo(20);
    assertThat(HOURS.minutesBetween(at(2026, 11, 20, 12, 50), at(2026, 11, 20, 14, 10), "psc", ZONE)).isEqualTo(80);
    // Without a schedule (the portal), the clock.
    assertThat(HOURS.minutesBetween(at(2026, 11, 21, 23, 40), at(2026, 11, 21, 23, 55), null, ZONE)).isEqualTo(15);
  }

  @Test
  void theKindOfOfficeChoosesTheScheduleAndThePortalRunsRoundTheClock() {
    assertThat(HOURS.scheduleOf("psc", "psc")).isEqualTo("psc");
    assertThat(HOURS.scheduleOf("psc", "mobilePsc")).isEqualTo("psc");
    assertThat(HOURS.scheduleOf("employmentDept", "employmentDept")).isEqualTo("office");
    assertThat(HOURS.scheduleOf("mse", "mse")).isEqualTo("office");
    assertThat(HOURS.scheduleOf("pensionBranch", "portal")).isNull();
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of(ZONE)).toInstant());
  }
}
