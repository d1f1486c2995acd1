package kz.qyzmet.complaints;

import java.time.OffsetDateTime;
import java.util.List;

/** Where a complaint stands. */
public record ComplaintStatus(String number, String status, String caseBusinessKey, String standard, String concerns,
    String reviewBody, OffsetDateTime registeredAt, OffsetDateTime answerDue, boolean extended,
    OffsetDateTime reviewBreachedAt, String decision, List<String> waitingAt) {

  public static final String UNDER_REVIEW = "underReview";
  public static final String ANSWERED = "answered";
}
