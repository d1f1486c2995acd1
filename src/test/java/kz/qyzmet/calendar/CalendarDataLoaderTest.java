package kz.qyzmet.calendar;

import kz.qyzmet.messages.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarDataLoaderTest {

  private static StatutoryCalendar load(String fixture) {
    return new StatutoryCalendar(new ClasspathCalendarDataSource("classpath:calendar/fixtures/" + fixture),
        CalendarProperties.defaults());
  }

  @Test
  void theCommittedDataLoadsAndCovers2012To2027() {
    CalendarData data = new ClasspathCalendarDataSource("classpath:calendar").load();
    assertThat(data.years().keySet()).containsExactly(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
        2021, 2022, 2023, 2024, 2025, 2026, 2027);
    assertThat(data.rules().holidays()).extracting(HolidayRule::id).contains("republic-day", "defender-day");
    assertThat(data.year(2018).transfers()).hasSize(5);
  }

  @Test
  void aTransferOntoASundayNamesTheFileAndTheEntry() {
    assertThatThrownBy(() -> load("bad-transfer"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("classpath:calendar/fixtures/bad-transfer/years/2018.yaml: transfers[1] "
            + "(2018-03-10 -> 2018-03-04): dayOff is a Sunday; a transfer makes a weekday a day off")
        .satisfies(e -> assertThat(((CalendarDataException) e).detail(Messages.KAZAKH)).isEqualTo(
            "classpath:calendar/fixtures/bad-transfer/years/2018.yaml: transfers[1] (2018-03-10 -> 2018-03-04): "
                + "dayOff – жексенбі; ауыстыру жұмыс күнін демалыс күні етеді"));
  }

  @Test
  void anUnknownFieldIsAnError() {
    assertThatThrownBy(() -> load("unknown-field"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("classpath:calendar/fixtures/unknown-field/years/2019.yaml: tranfers: unknown field; "
            + "the known fields are: ")
        .hasMessageContaining("transfers").hasMessageNotContaining("Unrecognized")
        .satisfies(e -> assertThat(((CalendarDataException) e).detail(Messages.KAZAKH))
            .contains("tranfers: белгісіз өріс; белгілі өрістер: ").contains("transfers"));
  }

  @Test
  void theYearMustMatchTheFileName() {
    assertThatThrownBy(() -> load("wrong-year"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("classpath:calendar/fixtures/wrong-year/years/2020.yaml: year: year 2021 does not match "
            + "the file name (expected <year>.yaml)");
  }

  @Test
  void aTransferCannotMakeAHolidayAWorkingDay() {
    assertThatThrownBy(() -> load("holiday-made-working"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("calendar/years/2018.yaml: transfers (2018-08-30 -> 2018-08-31): would make the holiday "
            + "Constitution Day a working day");
  }

  @Test
  void aFailedReloadKeepsThePreviousCalendar() {
    boolean[] broken = {false};
    CalendarDataSource source = () -> {
      if (broken[0]) {
        throw new CalendarDataException("years/2030.yaml", null, "unreadable");
      }
      return new ClasspathCalendarDataSource("classpath:calendar").load();
    };
    StatutoryCalendar calendar = new StatutoryCalendar(source, CalendarProperties.defaults());
    WorkingDayCalendar before = calendar.calendar();
    broken[0] = true;
    assertThatThrownBy(calendar::reload).hasMessage("years/2030.yaml: cannot be read");
    assertThat(calendar.calendar()).isSameAs(before);
  }
}
