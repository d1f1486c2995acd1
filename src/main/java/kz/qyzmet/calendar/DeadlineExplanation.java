package kz.qyzmet.calendar;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Why a deadline falls where it does: the days between the acceptance day and the due day that were not counted.
 *
 * @param verified true only if every year from the start to the due date has verified data
 */
public record DeadlineExplanation(LocalDateTime start, String zone, int workingDays, OffsetDateTime due,
                 List<SkippedDay> skipped, boolean verified) {

  /** A day that was not counted, with the reason in Kazakh ({@code reason}) and English. */
  public record SkippedDay(String date, String kind, String reason, String reasonEn) {

    static SkippedDay of(DayOff dayOff) {
      return new SkippedDay(dayOff.date().toString(), dayOff.kind().name(), dayOff.reasonKk(),
          dayOff.reasonEn());
    }
  }
}
