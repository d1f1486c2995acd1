package kz.qyzmet.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date-exact checks of each rule against the real data. Every expected day was worked out by hand from a printed
 * calendar and the sources cited in the data files, not taken from the implementation.
 */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = TestCalendars.REAL.calendar();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void holidayOnSaturdayIsCarriedOverToMonday() {
    // Nauryz 21-23 March 2019 = Thu, Fri, Sat. 23 March (Sat) -> Monday 25 March (kokshetau.online, egov 2019).
    assertThat(calendar.isWorkingDay(d("2019-03-25"))).isFalse();
    DayOff off = calendar.dayOff(d("2019-03-25")).orElseThrow();
    assertThat(off.kind()).isEqualTo(DayOff.Kind.CARRY_OVER);
    assertThat(off.carriedOverFrom()).isEqualTo(d("2019-03-23"));
    assertThat(off.nameKk()).isEqualTo("Наурыз мейрамы");
    assertThat(calendar.isWorkingDay(d("2019-03-26"))).isTrue();
    // Capital Day, Saturday 6 July 2024 -> Monday 8 July (egov 2024 calendar).
    assertThat(calendar.dayOff(d("2024-07-08")).orElseThrow().carriedOverFrom()).isEqualTo(d("2024-07-06"));
  }

  @Test
  void holidayOnSundayIsCarriedOverToMonday() {
    // First President's Day, Sunday 1 Dec 2019 -> Monday 2 Dec (kazlenta.kz).
    assertThat(calendar.dayOff(d("2019-12-02")).orElseThrow().carriedOverFrom()).isEqualTo(d("2019-12-01"));
    // Women's Day, Sunday 8 March 2026 -> Monday 9 March (inform.kz, 2026 calendar).
    assertThat(calendar.dayOff(d("2026-03-09")).orElseThrow().kind()).isEqualTo(DayOff.Kind.CARRY_OVER);
  }

  @Test
  void aBlockOfHolidaysOverAWeekendCarriesEachDayPastTheBlock() {
    // Nauryz 2026: 21 Sat, 22 Sun, 23 Mon -> days off 24 Tue and 25 Wed; Thursday 26 March works (inform.kz).
    assertThat(calendar.isWorkingDay(d("2026-03-23"))).isFalse();
    assertThat(calendar.dayOff(d("2026-03-24")).orElseThrow().carriedOverFrom()).isEqualTo(d("2026-03-21"));
    assertThat(calendar.dayOff(d("2026-03-25")).orElseThrow().carriedOverFrom()).isEqualTo(d("2026-03-22"));
    assertThat(calendar.isWorkingDay(d("2026-03-26"))).isTrue();
  }

  @Test
  void religiousHolidaysOnAWeekendAreNotCarriedOver() {
    // Kurban ait 2014 on Saturday 4 October: Monday 6 October is a working day (yk-news.kz/node/10882).
    assertThat(calendar.dayOff(d("2014-10-04")).orElseThrow().kind()).isEqualTo(DayOff.Kind.RELIGIOUS);
    assertThat(calendar.isWorkingDay(d("2014-10-06"))).isTrue();
    // Orthodox Christmas on Sunday 7 January 2018: Monday 8 January works.
    assertThat(calendar.isWorkingDay(d("2018-01-08"))).isTrue();
    // Kurban ait 2024 was fixed on Sunday 16 June; Monday 17 June stayed a working day (qazaqstan.tv/news/194945).
    assertThat(calendar.dayOff(d("2024-06-16")).orElseThrow().kind()).isEqualTo(DayOff.Kind.RELIGIOUS);
    assertThat(calendar.isWorkingDay(d("2024-06-17"))).isTrue();
  }

  @Test
  void religiousHolidayOnAWeekdayIsADayOff() {
    // Kurban ait 2023: Wednesday 28 June; Orthodox Christmas 2025: Tuesday 7 January.
    assertThat(calendar.isWorkingDay(d("2023-06-28"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2025-01-07"))).isFalse();
  }

  @Test
  void recordedTransfersOf2018() {
    // Government decree on 2018 (primeminister.kz/en/news/15835): Saturdays 3 Mar, 28 Apr, 5 May, 25 Aug, 29 Dec
    // became working days; Fri 9 Mar, Mon 30 Apr, Tue 8 May, Fri 31 Aug, Mon 31 Dec became days off.
    for (String saturday : new String[] {"2018-03-03", "2018-04-28", "2018-05-05", "2018-08-25", "2018-12-29"}) {
      assertThat(calendar.isWorkingDay(d(saturday))).as(saturday).isTrue();
    }
    for (String weekday : new String[] {"2018-03-09", "2018-04-30", "2018-05-08", "2018-08-31", "2018-12-31"}) {
      DayOff off = calendar.dayOff(d(weekday)).orElseThrow();
      assertThat(off.kind()).as(weekday).isEqualTo(DayOff.Kind.TRANSFER);
    }
    assertThat(calendar.dayOff(d("2018-03-09")).orElseThrow().transfer().workingDay()).isEqualTo(d("2018-03-03"));
    // An ordinary Saturday of 2018 is still a day off.
    assertThat(calendar.dayOff(d("2018-03-10")).orElseThrow().kind()).isEqualTo(DayOff.Kind.WEEKEND);
  }

  @Test
  void aTransferCanMoveACarriedOverDay() {
    // 2020: Victory Day on Saturday 9 May is carried to Monday 11 May; the decree moved it to Friday 8 May, so 11
    // May is a working day (kyzylorda-news.kz quoting the decree).
    assertThat(calendar.dayOff(d("2020-05-08")).orElseThrow().kind()).isEqualTo(DayOff.Kind.TRANSFER);
    assertThat(calendar.isWorkingDay(d("2020-05-11"))).isTrue();
  }

  @Test
  void aTransferAcrossTheYearBoundary() {
    // Saturday 28 Dec 2013 worked for Friday 3 Jan 2014 (mgorod.kz, 7 Dec 2013).
    assertThat(calendar.isWorkingDay(d("2013-12-28"))).isTrue();
    assertThat(calendar.dayOff(d("2014-01-03")).orElseThrow().kind()).isEqualTo(DayOff.Kind.TRANSFER);
  }

  @Test
  void theHolidayListAsItStoodEachYear() {
    // 7 May (Defender of the Fatherland) is a day off from 2013: Monday 7 May 2012 works, Tuesday 7 May 2013 not.
    assertThat(calendar.isWorkingDay(d("2012-05-07"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2013-05-07"))).isFalse();
    // 1 December: Wednesday 1 Dec 2021 off; Thursday 1 Dec 2022 works (the 2022 law removed it).
    assertThat(calendar.isWorkingDay(d("2021-12-01"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2022-12-01"))).isTrue();
    // 17 December: Friday 17 Dec 2021 off; Thursday 17 Dec 2026 works (only 16 December since 2022; 16 Dec 2026
    // is a Wednesday, so nothing is carried over).
    assertThat(calendar.isWorkingDay(d("2021-12-17"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-12-17"))).isTrue();
    // 25 October: Monday 25 Oct 2021 works; Wednesday 25 Oct 2023 off.
    assertThat(calendar.isWorkingDay(d("2021-10-25"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2023-10-25"))).isFalse();
  }

  @Test
  void the2015CalendarPublishedOnEgov() {
    // kapital.kz/gosudarstvo/36862 (egov.kz 2015): 8 Mar Sun -> 9 Mar; Nauryz 21 Sat, 22 Sun, 23 Mon -> 21-25 Mar;
    // 9 May Sat -> 11 May; 30 Aug Sun -> 31 Aug.
    for (String off : new String[] {"2015-03-09", "2015-03-23", "2015-03-24", "2015-03-25", "2015-05-11",
        "2015-08-31"}) {
      assertThat(calendar.isWorkingDay(d(off))).as(off).isFalse();
    }
    assertThat(calendar.isWorkingDay(d("2015-03-26"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2015-05-12"))).isTrue();
  }

  @Test
  void newYearOnAWeekendIsCarriedOverInJanuary() {
    // 1 Jan 2016 Fri, 2 Jan 2016 Sat -> Monday 4 January is a day off (tengrinews.kz, 2015).
    assertThat(calendar.dayOff(d("2016-01-04")).orElseThrow().carriedOverFrom()).isEqualTo(d("2016-01-02"));
    assertThat(calendar.isWorkingDay(d("2016-01-05"))).isTrue();
  }

  @Test
  void yearsWithoutDataStillGetTheRuleBasedDaysOffAndAreUnverified() {
    // 2030 has no file: 1 Jan 2030 is a Tuesday holiday, 8 March 2030 a Friday holiday.
    assertThat(calendar.isWorkingDay(d("2030-01-01"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2030-03-08"))).isFalse();
    assertThat(calendar.isVerified(2030)).isFalse();
    assertThat(calendar.isVerified(2018)).isTrue();
    assertThat(calendar.isVerified(2027)).isFalse();
  }

  @Test
  void theYearViewListsDaysOffAndWorkingSaturdays() {
    WorkingDayCalendar.YearCalendar y2018 = calendar.year(2018);
    assertThat(y2018.workingWeekendDays()).extracting(Transfer::workingDay)
        .containsExactly(d("2018-03-03"), d("2018-04-28"), d("2018-05-05"), d("2018-08-25"),
            d("2018-12-29"));
    // 2018 by hand: 1-2 Jan, 7 Jan (Sun, religious), 8 Mar, 9 Mar (transfer), 21-23 Mar, 30 Apr (transfer),
    // 1 May, 7 May, 8 May (transfer), 9 May, 6 Jul, 21 Aug (Kurban ait), 30 Aug, 31 Aug (transfer),
    // 1 Dec (Sat), 3 Dec (carry-over: 2 Dec is a Sunday), 16 Dec (Sun), 17 Dec, 18 Dec (carry-over of 16 Dec),
    // 31 Dec (transfer) = 25 entries.
    assertThat(y2018.daysOff()).extracting(DayOff::date).containsExactly(
        d("2018-01-01"), d("2018-01-02"), d("2018-01-07"), d("2018-03-08"), d("2018-03-09"),
        d("2018-03-21"), d("2018-03-22"), d("2018-03-23"), d("2018-04-30"), d("2018-05-01"),
        d("2018-05-07"), d("2018-05-08"), d("2018-05-09"), d("2018-07-06"), d("2018-08-21"),
        d("2018-08-30"), d("2018-08-31"), d("2018-12-01"), d("2018-12-03"), d("2018-12-16"),
        d("2018-12-17"), d("2018-12-18"), d("2018-12-31"));
  }
}
