package kz.qyzmet.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qyzmet.messages.Messages;
import org.junit.jupiter.api.Test;

/** The calendar API's reasons for a day off: message patterns in Kazakh, Russian and English. */
class DayOffTest {

  static final String ACT = "Government Resolution No. 1";
  final DayOff nauryz = DayOff.holiday(LocalDate.of(2026, 3, 21), HolidayKind.NATIONAL, "Наурыз мейрамы", "Nauryz");

  @Test
  void aCarriedOverHolidayNamesTheDayItCameFrom() {
    DayOff carried = DayOff.carryOver(LocalDate.of(2026, 3, 25), nauryz);
    assertThat(carried.reasonKk())
        .isEqualTo("Наурыз мейрамы: 21.03.2026 демалыс күніне сәйкес келгендіктен ауыстырылған демалыс күні");
    assertThat(carried.reason(Messages.RUSSIAN))
        .isEqualTo("Наурыз мейрамы: выходной день, перенесённый с 21.03.2026 (праздник совпал с выходным днём)");
    assertThat(carried.reasonEn()).isEqualTo("Nauryz: day off carried over from 2026-03-21 (Saturday)");
  }

  @Test
  void aTransferNamesTheWorkingDayAndTheAct() {
    DayOff transferred = DayOff.transfer(new Transfer(LocalDate.of(2018, 3, 3), LocalDate.of(2018, 3, 9), ACT, null));
    assertThat(transferred.reasonKk()).isEqualTo("Демалыс күні 03.03.2018 күнінен ауыстырылды (" + ACT + ")");
    assertThat(transferred.reason(Messages.RUSSIAN)).isEqualTo("Выходной день перенесён с 03.03.2018 (" + ACT + ")");
    assertThat(transferred.reasonEn()).isEqualTo("Day off transferred from 2018-03-03 (" + ACT + ")");
  }

  @Test
  void aReligiousHolidayIsNotCarriedOver() {
    DayOff christmas = DayOff.holiday(LocalDate.of(2026, 1, 7), HolidayKind.RELIGIOUS, "Православиелік Рождество",
        "Orthodox Christmas");
    assertThat(christmas.reasonKk()).isEqualTo("Православиелік Рождество (діни мереке, демалыс күні ауыстырылмайды)");
    assertThat(christmas.reason(Messages.RUSSIAN))
        .isEqualTo("Православиелік Рождество (религиозный праздник, выходной день не переносится)");
    assertThat(christmas.reasonEn()).isEqualTo("Orthodox Christmas (religious holiday, not carried over)");
    assertThat(DayOff.weekend(LocalDate.of(2026, 3, 22)).reasonKk()).isEqualTo("Жексенбі");
  }
}
