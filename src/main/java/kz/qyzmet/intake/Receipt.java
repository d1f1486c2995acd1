package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.util.List;
import kz.qyzmet.catalogue.Standard;

/**
 * What the applicant takes home: the receipt of item 14 (number, date, service, documents accepted, when and where the
 * result is handed out, the employee who accepted the documents, the applicant's and the representative's names and
 * phones: item 14.2, e.g. S01 lines 678-688) or, for an incomplete set, the refusal receipt of item 16 naming each missing document.
 * {@code officeServesFrom}: when the application was taken outside the office's hours (calendar/office-hours.yaml),
 * the moment the office serves it and its terms in minutes start; null when taken within them.
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
    ResultLine result,
    Person applicant,
    Person representative,
    String acceptedBy,
    OffsetDateTime officeServesFrom) {

  public static final String ACCEPTED = "receipt";
  public static final String REFUSED = "refusalReceipt";

  /** A document by its catalogue name in the reader's language (the request's Accept-Language; Kazakh default). */
  public record DocumentLine(String code, String name) {
    static DocumentLine of(Standard.Document document) {
      return new DocumentLine(document.code(), document.name().in(kz.qyzmet.messages.Messages.language()));
    }
  }

  public record RefusalLine(String ground, String text, String citation) {}

  /** The result, when the service produced it on the spot (automated services). */
  public record ResultLine(String code, String name, String citation) {}

  public Receipt withResult(ResultLine line) {
    return new Receipt(businessKey, kind, acceptedAt, standard, service, channel, documentsAccepted, missingDocuments,
        refusal, expectedResultAt, office, line, applicant, representative, acceptedBy, officeServesFrom);
  }

  /**
   * The applicant or the representative as item 14.2 names them on the receipt (e.g. S01 lines 686-688): surname, name,
   * patronymic and contact phone.
   */
  public record Person(String fullName, String phone) {
    static Person of(String surname, String name, String patronymic, String phone) {
      return new Person(String.join(" ", java.util.stream.Stream.of(surname, name, patronymic)
          .filter(part -> part != null && !part.isBlank()).map(String::strip).toList()), phone.strip());
    }
  }

  /** The office that took the application, as the directory names it. */
  public record Office(String id, String name, String address, String phone, String schedule) {}
}
