package kz.qyzmet.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadlines as BPMN expressions get them. Expected instants are written in UTC, worked out by hand: Asia/Almaty was
 * UTC+6 and Asia/Aqtobe UTC+5 until 1 March 2024, both UTC+5 since; 18:00 local is the close of the working day.
 */
class StatutoryCalendarTest {

  private final StatutoryCalendar cal = TestCalendars.REAL;

  private static Date at(String isoInstant) {
    return Date.from(Instant.parse(isoInstant));
  }

  @ParameterizedTest(name = "{0} + {1} working day(s) in {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # Friday 14 Nov 2025, 10:00 Almaty (+05) = 05:00Z: the acceptance day is not counted, day one is Monday 17 Nov
      # -> 18:00+05 = 13:00Z; accepted on Friday one minute before midnight: still Friday, still Monday.
      2025-11-14T05:00:00Z |  1 | Asia/Almaty | 2025-11-17T13:00:00Z
      2025-11-14T18:59:00Z |  1 | Asia/Almaty | 2025-11-17T13:00:00Z
      # Accepted at a Public Service Centre on Saturday 15 Nov 2025, 11:00 Almaty = 06:00Z. Sunday is not a working
      # day; Monday 17 Nov is day one.
      2025-11-15T06:00:00Z |  1 | Asia/Almaty | 2025-11-17T13:00:00Z
      # Ten working days over Nauryz 2026: accepted Wednesday 18 Mar 2026 (Almaty, +05). Not counted: 18 (acceptance),
      # 21-25 (Nauryz + carry-over), 28-29 (weekend). Counted: 19, 20, 26, 27, 30, 31 Mar, 1, 2, 3, 6 Apr (4-5 Apr
      # weekend) -> 6 April 18:00+05.
      2026-03-18T04:00:00Z | 10 | Asia/Almaty | 2026-04-06T13:00:00Z
      # A recorded transfer: Friday 2 Mar 2018 (+06 Almaty): Saturday 3 March was a working day by decree -> due
      # 3 Mar 18:00+06 = 12:00Z. Wednesday 7 Mar 2018: 8 Mar holiday, 9 Mar transfer day off, 10-11 weekend -> Monday
      # 12 March 12:00Z.
      2018-03-02T04:00:00Z |  1 | Asia/Almaty | 2018-03-03T12:00:00Z
      2018-03-07T04:00:00Z |  1 | Asia/Almaty | 2018-03-12T12:00:00Z
      # The year's boundary: Saturday 29 Dec 2018 (a working day by decree): 30 Dec Sun, 31 Dec transfer day off, 1-2
      # Jan New Year -> Thursday 3 Jan 2019, 18:00+06 = 12:00Z. Thursday 31 Dec 2015: 1 Jan Fri, 2 Jan Sat (carried to
      # Mon 4 Jan), 3 Jan Sun -> Tuesday 5 Jan 2016 12:00Z.
      2018-12-29T04:00:00Z |  1 | Asia/Almaty | 2019-01-03T12:00:00Z
      2015-12-31T04:00:00Z |  1 | Asia/Almaty | 2016-01-05T12:00:00Z
      # Both zones before 1 March 2024: 16 Nov 2023 18:30Z is Friday 17 Nov 00:30 in Almaty (+06) but Thursday 16 Nov
      # 23:30 in Aqtobe (+05). Almaty: accepted Friday -> Monday 20 Nov 18:00+06 = 12:00Z. Aqtobe: accepted Thursday
      # -> Friday 17 Nov 18:00+05 = 13:00Z.
      2023-11-16T18:30:00Z |  1 | Asia/Almaty | 2023-11-20T12:00:00Z
      2023-11-16T18:30:00Z |  1 | Asia/Aqtobe | 2023-11-17T13:00:00Z
      # Both zones after 1 March 2024: 14 Nov 2024 18:30Z is Thursday 23:30 in both zones (+05): due Friday 15 Nov
      # 18:00+05 = 13:00Z in both.
      2024-11-14T18:30:00Z |  1 | Asia/Almaty | 2024-11-15T13:00:00Z
      2024-11-14T18:30:00Z |  1 | Asia/Aqtobe | 2024-11-15T13:00:00Z
      # Kurban ait 2024 on a Sunday is not carried over: Friday 14 Jun 2024: 15 Sat, 16 Sun (Kurban ait, not carried)
      # -> Monday 17 June 18:00+05 = 13:00Z.
      2024-06-14T05:00:00Z |  1 | Asia/Almaty | 2024-06-17T13:00:00Z
      """)
  void workingDaysAfter(String start, int workingDays, String zone, String due) {
    assertThat(cal.workingDaysAfter(at(start), workingDays, zone)).isEqualTo(at(due));
  }

  @Test
  void defaultZoneIsAlmaty() {
    assertThat(cal.workingDaysAfter(at("2025-11-14T05:00:00Z"), 1)).isEqualTo(at("2025-11-17T13:00:00Z"));
    assertThat(cal.defaultZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
  }

  @Test
  void zeroWorkingDaysIsRefused() {
    // A jqwik property found that N = 0 (close of the start day or the next working day) equals N = 1 for a start
    // on a day off, breaking "N + 1 is strictly later than N": a term is at least one working day.
    assertThatThrownBy(() -> cal.workingDaysAfter(at("2025-11-15T05:00:00Z"), 0, "Asia/Almaty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workingDays must be at least 1: 0");
  }

  @ParameterizedTest(name = "{0} + {1} {2} in Asia/Almaty -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # Calendar days ending on a day off move to the next working day. Received Friday 6 Mar 2026 (+05); 15 calendar
      # days -> Saturday 21 March (Nauryz); 22 Sun, 23 Nauryz, 24-25 carry-over -> Thursday 26 March 18:00+05 = 13:00Z.
      2026-03-06T05:00:00Z | 15 | calendar days | 2026-03-26T13:00:00Z
      # Received Monday 2 Feb 2026; 15 calendar days -> Tuesday 17 Feb, a working day.
      2026-02-02T05:00:00Z | 15 | calendar days | 2026-02-17T13:00:00Z
      # Months end on the same day or the last day of the month: 31 Jan 2025 + 1 month -> 28 Feb 2025 (no 31 Feb), a
      # Friday -> 18:00+05 = 13:00Z.
      2025-01-31T05:00:00Z |  1 | months        | 2025-02-28T13:00:00Z
      # 9 Feb 2026 + 1 month -> Monday 9 March 2026, the carry-over of Women's Day -> Tuesday 10 March.
      2026-02-09T05:00:00Z |  1 | months        | 2026-03-10T13:00:00Z
      """)
  void calendarDaysAndMonthsEndOnAWorkingDay(String start, int term, String unit, String due) {
    Date end = unit.equals("months") ? cal.monthsAfter(at(start), term, "Asia/Almaty")
        : cal.calendarDaysAfter(at(start), term, "Asia/Almaty");
    assertThat(end).isEqualTo(at(due));
  }

  @Test
  void minutesIgnoreTheCalendar() {
    // Saturday night: 30 minutes later is still 30 minutes later.
    assertThat(cal.minutesAfter(at("2025-11-15T18:45:00Z"), 30)).isEqualTo(at("2025-11-15T19:15:00Z"));
  }

  @Test
  void nextWorkingMoment() {
    // Within hours on a working day: unchanged (Friday 14 Nov 2025 10:00+05).
    assertThat(cal.nextWorkingMoment(at("2025-11-14T05:00:00Z"), "Asia/Almaty")).isEqualTo(at("2025-11-14T05:00:00Z"));
    // Friday 07:30+05 -> same day 09:00+05 = 04:00Z.
    assertThat(cal.nextWorkingMoment(at("2025-11-14T02:30:00Z"), "Asia/Almaty")).isEqualTo(at("2025-11-14T04:00:00Z"));
    // Friday 18:00+05 exactly (closed) -> Monday 17 Nov 09:00+05 = 04:00Z.
    assertThat(cal.nextWorkingMoment(at("2025-11-14T13:00:00Z"), "Asia/Almaty")).isEqualTo(at("2025-11-17T04:00:00Z"));
    // Sunday 22 Mar 2026 noon -> Nauryz and carry-over until Wednesday 25 -> Thursday 26 March 09:00+05.
    assertThat(cal.nextWorkingMoment(at("2026-03-22T07:00:00Z"), "Asia/Almaty")).isEqualTo(at("2026-03-26T04:00:00Z"));
  }

  @Test
  void explainListsTheSkippedDaysWithReasons() {
    // Accepted Wednesday 7 Mar 2018 at 10:00 in Almaty, 1 working day -> Monday 12 March 18:00+06.
    DeadlineExplanation e = cal.explainWorkingDays(LocalDateTime.parse("2018-03-07T10:00"), 1,
        ZoneId.of("Asia/Almaty"));
    assertThat(e.due().toString()).isEqualTo("2018-03-12T18:00+06:00");
    assertThat(e.skipped()).extracting(DeadlineExplanation.SkippedDay::date)
        .containsExactly("2018-03-08", "2018-03-09", "2018-03-10", "2018-03-11");
    assertThat(e.skipped()).extracting(DeadlineExplanation.SkippedDay::kind)
        .containsExactly("HOLIDAY", "TRANSFER", "WEEKEND", "WEEKEND");
    assertThat(e.skipped().get(0).reason()).isEqualTo("Халықаралық әйелдер күні");
    assertThat(e.skipped().get(1).reasonEn()).startsWith("Day off transferred from 2018-03-03");
    assertThat(e.verified()).isTrue();
    // 2015 and 2016 are not verified.
    assertThat(cal.explainWorkingDays(LocalDateTime.parse("2015-12-31T10:00"), 1, ZoneId.of("Asia/Almaty"))
        .verified()).isFalse();
  }

  @Test
  void refusesFixedOffsetsNegativeTermsAndYearsOutOfRange() {
    assertThatThrownBy(() -> cal.workingDaysAfter(at("2025-11-14T05:00:00Z"), 1, "+05:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cal.workingDaysAfter(at("2025-11-14T05:00:00Z"), -1, "Asia/Almaty"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cal.isWorkingDay(java.time.LocalDate.of(2011, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
