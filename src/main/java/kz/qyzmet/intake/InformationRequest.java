package kz.qyzmet.intake;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** A portal information request: {@code pending} until answered, then the answer (the case status as JSON). */
public record InformationRequest(String id, String businessKey, String status, OffsetDateTime requestedAt,
    OffsetDateTime due, OffsetDateTime answeredAt, @JsonRawValue String answer) {

  public static final String PENDING = "pending";
  public static final String ANSWERED = "answered";
}
