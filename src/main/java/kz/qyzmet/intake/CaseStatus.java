package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a case stands: its steps waiting now, and each statutory deadline with its due date; {@code officeServesFrom}
 * when the application was taken outside the office's hours: the moment the office serves it; {@code surveyUrl} is
 * the public satisfaction survey of the case (kz.qyzmet.quality), for the receipt's link and QR code.
 */
public record CaseStatus(
    String businessKey,
    String standard,
    String status,
    String channel,
    String result,
    OffsetDateTime acceptedAt,
    OffsetDateTime endedAt,
    List<Step> currentSteps,
    List<DeadlineLine> deadlines,
    List<ComplaintLine> complaints,
    ServiceNorms serviceNorms,
    OffsetDateTime officeServesFrom,
    String surveyUrl) {

  public static final String IN_PROGRESS = "inProgress";
  public static final String COMPLETED = "completed";
  public static final String REFUSED_AT_INTAKE = "refusedAtIntake";

  /** A task waiting in an office's group. */
  public record Step(String activityId, String name, List<String> candidateGroups, String assignee,
      OffsetDateTime due) {}

  /**
   * The counter norms of item 7.2-7.3 as this case met them: minutes waited (ticket to service) and minutes served
   * (start of service to acceptance), with the standard's limits in minutes; null where the centre did not report the
   * times. {@code serviceNorm} names the catalogue norm the service was measured against: {@code serviceTime}, or
   * S08's {@code serviceTimeOffSite} for an examination at home, in hospital or an institution (item 7.4, line
   * 28130), measured from the panel leaving the authority to the end of the service there; {@code serviceBreachedAt}
   * when the limit was exceeded. {@code serviceTerm*}: a service term in minutes kept as a norm, not a timer (S07's 10
   * minutes from the application, item 7.1, line 23355), as measured on the case; null where none was measured.
   */
  public record ServiceNorms(Long waitingMinutes, Integer waitingLimit, Long serviceMinutes, Integer serviceLimit,
      String serviceNorm, OffsetDateTime serviceBreachedAt, OffsetDateTime waitingBreachedAt,
      Long serviceTermMinutes, Integer serviceTermLimit, OffsetDateTime serviceTermBreachedAt) {}

  /** A complaint linked to the case (process {@code complaint}); its talon number and where it stands. */
  public record ComplaintLine(String number, String status, String decision) {}

  /** A deadline of the catalogue whose count has started in this case; {@code breachedAt} when it ran out. */
  /** A deadline of the case; {@code startsFrom} (what the count starts from) in the reader's language. */
  public record DeadlineLine(String id, String citation, String term, String startsFrom, OffsetDateTime startedAt,
      OffsetDateTime due, OffsetDateTime breachedAt) {}
}
