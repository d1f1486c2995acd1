package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.util.List;
import kz.qyzmet.catalogue.Standard;

/**
 * What the applicant takes home: the receipt of item 14 (number, date, service, documents accepted, when and where the
 * result is handed out) or, for an incomplete set, the refusal receipt of item 16 naming each missing document.
 */
public record Receipt(
    String businessKey,
    String kind,
    OffsetDateTime acceptedAt,
    String standard,
    Standard.Text service,
    String channel,
    List<DocumentLine> documentsAccepted,
    List<DocumentLine> missingDocuments,
    RefusalLine refusal,
    OffsetDateTime expectedResultAt,
    Office office,
    ResultLine result) {

  public static final String ACCEPTED = "receipt";
  public static final String REFUSED = "refusalReceipt";

  public record DocumentLine(String code, String name) {
    static DocumentLine of(Standard.Document document) {
      return new DocumentLine(document.code(), document.name().kk());
    }
  }

  public record RefusalLine(String ground, String text, String citation) {}

  /** The result, when the service produced it on the spot (automated services). */
  public record ResultLine(String code, String name, String citation) {}

  public Receipt withResult(ResultLine line) {
    return new Receipt(businessKey, kind, acceptedAt, standard, service, channel, documentsAccepted, missingDocuments,
        refusal, expectedResultAt, office, line);
  }

  /** The office that took the application, as the directory names it. */
  public record Office(String id, String name, String address, String phone, String schedule) {}
}
