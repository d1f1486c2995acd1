package kz.qyzmet.cases;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the variables a case of any standard carries, in one place: Java reads and writes them through these
 * constants; forms and diagrams use the same names (CaseVariablesTest checks that every name a form or a diagram reads
 * is one of these or a field of a form that writes it).
 */
public final class CaseVariables {

  // What the intake writes when it accepts an application.
  public static final String STANDARD = "standard";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CHANNEL = "channel";
  public static final String SUBTYPE = "subtype";
  public static final String APPLICANT_IIN = "applicantIin";
  public static final String APPLICANT_SURNAME = "applicantSurname";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_PATRONYMIC = "applicantPatronymic";
  public static final String APPLICANT_PHONE = "applicantPhone";
  public static final String APPLICANT_ADDRESS = "applicantAddress";
  public static final String REGION = "region";
  public static final String DISTRICT = "district";
  /** The tzdb zone of the applicant's region: deadlines end at 18:00 there. */
  public static final String OFFICE_ZONE = "officeZone";
  public static final String OFFICE_ID = "officeId";
  public static final String DEPOSITOR_IIN = "depositorIin";
  public static final String INTAKE_OFFICE_ID = "intakeOfficeId";
  public static final String INTAKE_OFFICE_NAME = "intakeOfficeName";
  public static final String DOCUMENTS_PRESENTED = "documentsPresented";
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String ACCEPTED_AT = "acceptedAt";
  public static final String REGISTERED_AT = "registeredAt";
  public static final String ARRIVED_AT = "arrivedAt";
  public static final String SERVICE_STARTED_AT = "serviceStartedAt";
  public static final String SERVICE_ENDED_AT = "serviceEndedAt";
  public static final String SERVICE_MINUTES = "serviceMinutes";
  public static final String WAITING_MINUTES = "waitingMinutes";
  /** The persons ahead in the queue the applicant found (waiting norms set per person, e.g. S08 line 28122). */
  public static final String PEOPLE_AHEAD_IN_QUEUE = "peopleAheadInQueue";
  /** The waiting norm's limit for this applicant in minutes (times the queue where the norm is per person). */
  public static final String WAITING_LIMIT = "waitingLimit";
  /** The service norm's limit at the counter in minutes (item 7.3). */
  public static final String SERVICE_TIME_LIMIT = "serviceTimeLimit";
  /** When the waiting norm ran out, if it was exceeded. */
  public static final String BREACH_WAITING = "breach_waiting";
  /** When the counter's service norm ran out, if it was exceeded. */
  public static final String BREACH_SERVICE_TIME = "breach_serviceTime";
  /** Whether a representative with a notarised power of attorney applies for the applicant (item 11, e.g. S07). */
  public static final String REPRESENTED_BY_ATTORNEY = "representedByAttorney";
  public static final String REPRESENTATIVE_SURNAME = "representativeSurname";
  public static final String REPRESENTATIVE_NAME = "representativeName";
  public static final String REPRESENTATIVE_PATRONYMIC = "representativePatronymic";
  public static final String REPRESENTATIVE_PHONE = "representativePhone";
  /** The employee who accepted the documents: user id and full name (item 14.2, e.g. S01 line 686). */
  public static final String ACCEPTED_BY = "acceptedBy";
  public static final String ACCEPTED_BY_NAME = "acceptedByName";
  public static final String MOBILE_PSC_VISIT = "mobilePscVisit";
  public static final String MOBILE_PSC_ARRIVED_AT = "mobilePscArrivedAt";
  public static final String MOBILE_PSC_SETTLEMENT = "mobilePscSettlement";
  /** Set once the intake has checked and prepared the case (the start listener then does nothing). */
  public static final String INTAKE_PREPARED = "intakePrepared";

  // What the process writes along the way.
  /** The result code of the standard (catalogue {@code results}). */
  public static final String RESULT = "result";
  /** Link of a complaint, an information request or an escalation to its case. */
  public static final String CASE_BUSINESS_KEY = "caseBusinessKey";

  // What a mobile centre's visit writes (process mobile-psc-visit).
  public static final String CENTRE_NAME = "centreName";
  public static final String STAY_CITATION = "stayCitation";
  public static final String STAY_NORM = "stayNorm";
  public static final String MOBILE_PSC_LEFT_AT = "mobilePscLeftAt";

  // What an escalation of a missed deadline carries (process deadline-escalation).
  public static final String DEADLINE_ID = "deadlineId";
  public static final String DEADLINE_TEXT = "deadlineText";
  public static final String DEADLINE_CITATION = "deadlineCitation";
  public static final String ESCALATION_ROLE = "escalationRole";

  // What a complaint carries besides the case's names above (process complaint).
  public static final String REVIEW_BODY = "reviewBody";
  public static final String REVIEW_GROUP = "reviewGroup";
  public static final String RECEIVED_AT = "receivedAt";

  // Start-form fields that the intake turns into the variables above.
  /** The start form's checklist of presented documents (removed once {@link #DOCUMENTS_PRESENTED} is written). */
  public static final String DOCUMENTS = "documents";
  /** The start form's number of the mobile centre's visit (becomes {@link #MOBILE_PSC_VISIT}). */
  public static final String MOBILE_VISIT = "mobileVisit";

  private CaseVariables() {}

  /** Every name declared here. */
  public static Set<String> all() {
    Set<String> names = new TreeSet<>();
    for (Field field : CaseVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }
}
