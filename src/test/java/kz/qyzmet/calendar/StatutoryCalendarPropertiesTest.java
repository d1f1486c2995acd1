package kz.qyzmet.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over any start moment from 2012 to 2027, in both zones, for terms of 1 to 60 working days. */
class StatutoryCalendarPropertiesTest {

  private final StatutoryCalendar cal = TestCalendars.REAL;

  @Provide
  Arbitrary<Date> starts() {
    long from = Instant.parse("2012-08-17T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2027-10-31T00:00:00Z").getEpochSecond();
    return Arbitraries.longs().between(from, to).map(s -> Date.from(Instant.ofEpochSecond(s)));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Asia/Almaty", "Asia/Aqtobe");
  }

  @Property(tries = 500)
  void theDueDayIsAWorkingDayAt18(@ForAll("starts") Date start, @ForAll @IntRange(min = 1, max = 60) int n,
                  @ForAll("zones") String zone) {
    ZonedDateTime due = cal.workingDaysAfter(start, n, zone).toInstant().atZone(ZoneId.of(zone));
    assertThat(cal.isWorkingDay(due.toLocalDate())).isTrue();
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
  }

  @Property(tries = 500)
  void oneMoreWorkingDayIsStrictlyLater(@ForAll("starts") Date start, @ForAll @IntRange(min = 1, max = 60) int n,
                     @ForAll("zones") String zone) {
    Date due = cal.workingDaysAfter(start, n, zone);
    Date later = cal.workingDaysAfter(start, n + 1, zone);
    assertThat(later).isAfter(due);
  }

  @Property(tries = 300)
  void neverDecreasesWhenNGrows(@ForAll("starts") Date start, @ForAll @IntRange(min = 1, max = 40) int n,
                 @ForAll @IntRange(min = 0, max = 40) int more, @ForAll("zones") String zone) {
    assertThat(cal.workingDaysAfter(start, n + more, zone)).isAfterOrEqualTo(cal.workingDaysAfter(start, n, zone));
  }

  @Property(tries = 300)
  void theAcceptanceDayIsNeverCounted(@ForAll("starts") Date start, @ForAll @IntRange(min = 1, max = 60) int n,
                    @ForAll("zones") String zone) {
    ZoneId z = ZoneId.of(zone);
    assertThat(cal.workingDaysAfter(start, n, zone).toInstant().atZone(z).toLocalDate())
        .isAfter(start.toInstant().atZone(z).toLocalDate());
  }

  @Property(tries = 300)
  void theNextWorkingMomentIsNotEarlierAndIsWithinWorkingHours(@ForAll("starts") Date moment,
                                 @ForAll("zones") String zone) {
    Date next = cal.nextWorkingMoment(moment, zone);
    ZonedDateTime local = next.toInstant().atZone(ZoneId.of(zone));
    assertThat(next).isAfterOrEqualTo(moment);
    assertThat(cal.isWorkingDay(local.toLocalDate())).isTrue();
    assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 59, 59, 999_999_999));
  }
}
