package kz.qyzmet.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as the intake API ({@code POST /api/applications}) or a Tasklist start form hands it in.
 *
 * @param arrivedAt when the applicant arrived (took a ticket), for the waiting norm of item 7.2; optional
 * @param serviceStartedAt when the operator started serving, for the service-time norm of item 7.3; optional
 * @param officeId the office chosen explicitly instead of the one of the applicant's district; optional
 * @param depositorIin S07: the IIN of the depositor whose money the request is about (the service informs only on the
 *     applicant's own money, line 23437); optional, the applicant's own when absent
 * @param mobileVisit channel {@code mobilePsc}: the number of the mobile centre's visit (process
 *     {@code mobile-psc-visit}, open) that takes the application; optional
 * @param representative the person who applies for the applicant with a notarised power of attorney (document
 *     {@code powerOfAttorney}); named with the phone on the receipt of item 14.2 (e.g. S01 line 688); optional
 * @param peopleAheadInQueue the persons ahead of the applicant in the queue they found on arrival, for a waiting norm
 *     set per person in the queue (S08 line 28122, S11 line 38775, S12 line 40764); optional (the norm is then not
 *     judged at intake)
 */
public record ApplicationRequest(
    String standard,
    String channel,
    String subtype,
    Applicant applicant,
    List<String> documents,
    OffsetDateTime arrivedAt,
    OffsetDateTime serviceStartedAt,
    String officeId,
    String depositorIin,
    String mobileVisit,
    Representative representative,
    Integer peopleAheadInQueue) {
  public record Applicant(String iin, String surname, String name, String patronymic, String phone, String address,
      String region, String district) {}

  /** A representative acting with a power of attorney: name and contact phone. */
  public record Representative(String surname, String name, String patronymic, String phone) {}
}
