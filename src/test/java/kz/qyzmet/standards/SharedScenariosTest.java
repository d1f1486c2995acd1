package kz.qyzmet.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.qyzmet.Http;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios the standards share, written once and run for every standard of the catalogue that has the step: the
 * storage of an uncollected result and its hand-over to the branch, the centre's late hand-over and the branch's late
 * notification, the service term running out at the branch, and the portal's information request. The standards come
 * from the catalogue (a standard that has the step but no row below fails); what is each standard's own is a row:
 * its documents, the steps from the branch's registration to the decision, its dates and the decree lines it cites.
 *
 * <p>The applicant lives in Хромтау district of Ақтөбе облысы: the centre is psc-aktobe-05 and the branch
 * pension-aktobe-12 in every annex. Kazakhstan is on UTC+5 throughout; days off besides weekends in the period: 16
 * December 2026 (Independence Day, a Wednesday), 1-2 January 2027 (New Year; 2 January is a Saturday, carried over to
 * Monday 4 January), 7 January 2027 (Orthodox Christmas, not carried over). A working day ends at 18:00.
 */
@StandardProcessTest
class SharedScenariosTest extends StandardCaseTest {

  static final StandardsCatalogue CATALOGUE = new StandardsCatalogue();

  /** A step of the branch (or of the body that decides), the group that holds it, and what its form takes. */
  record Step(String task, String group, Map<String, Object> variables) {}

  /**
   * How a case of the standard is taken ({@code subtype} may be null) and decided: {@code assigned} in the applicant's
   * favour (to {@code result}), {@code refused} with a reasoned refusal. The first step of each is the one the service
   * term runs against, with its timer {@code serviceTimer}.
   */
  record Route(String subtype, String documents, String serviceTimer, String result, List<Step> assigned,
      List<Step> refused) {
    String firstStep() {
      return assigned.get(0).task();
    }
  }

  static final String BRANCH_SPECIALIST = BRANCH + ".branchSpecialist";
  static final Map<String, Route> ROUTES = Map.of(
      "S01", new Route(null, "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]",
          "Event_ServiceOverdue", "pensionCertificate", review(Map.of("decision", "assigned")),
          review(Map.of("decision", "refused", "decisionReason", "Зейнет жасына толмаған"))),
      "S02", new Route("age", "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\"]",
          "Event_PreparationOverdue", "assignment",
          List.of(new Step("Task_PrepareCase", BRANCH_SPECIALIST, Map.of("documentsVerified", true, "proposal", "assign")),
              new Step("Task_DecideCase", CCSP + ".ccspSpecialist",
                  Map.of("decision", "assigned", "decisionNumber", "ШЕШ-2026-771"))),
          List.of(new Step("Task_PrepareCase", BRANCH_SPECIALIST, Map.of("documentsVerified", true, "proposal", "refuse",
                  "proposalNote", "Өтініш берушінің жасы жетпейді")),
              new Step("Task_DecideCase", CCSP + ".ccspSpecialist", Map.of("decision", "refused",
                  "decisionNumber", "ШЕШ-2026-772", "decisionReason", "Жәрдемақы алуға құқығы жоқ")))),
      "S03", new Route(null, "[\"application\", \"identityDocumentCopy\", \"residenceProof\", \"bankAccountDetails\","
          + " \"workRecordBookCopy\", \"workConditionsCertificate\"]", "Event_ServiceOverdue",
          "specialBenefitCertificate", review(Map.of("decision", "assigned")), review(Map.of("decision", "refused",
              "decisionReason", "Жұмыс № 1 және № 2 тізімдерге сәйкес келмейді"))),
      "S04", new Route("lossOfJob", "[\"identityDocumentCopy\", \"residenceProof\", \"employmentAuthorityCertificate\"]",
          "Event_PreparationOverdue", "assignment",
          List.of(new Step("Task_PrepareCase", BRANCH_SPECIALIST, Map.of("caseFileNumber", "12-1187",
                  "originalsChecked", true)),
              new Step("Task_DecideApplication", CCSP + ".ccspSpecialist", Map.of("decision", "assigned",
                  "decisionNumber", "Ш-1", "decisionReason", "Заңның 21-бабы негізінде тағайындалды"))),
          // S04 has no notification term: a refusal is notified by the branch with the documents to return.
          List.of(new Step("Task_PrepareCase", BRANCH_SPECIALIST, Map.of("caseFileNumber", "12-1190",
                  "originalsChecked", true)),
              new Step("Task_DecideApplication", CCSP + ".ccspSpecialist", Map.of("decision", "refusedNoEntitlement",
                  "decisionNumber", "Ш-2", "decisionReason", "Жұмыссыздық бойынша әлеуметтік аударымдар төленбеген")),
              new Step("Task_NotifyRefusal", BRANCH_SPECIALIST, Map.of("notificationMethod", "phone",
                  "documentsReturnPrepared", true)))),
      "S05", new Route(null, "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", \"residenceProof\","
          + " \"familyCompositionInfo\"]", "Event_ServiceOverdue", "assignmentNotification",
          review(Map.of("decision", "assigned")), review(Map.of("decision", "refused",
              "decisionReason", "Туу туралы куәліктің көшірмесі түпнұсқасына сәйкес келмейді"))),
      "S06", new Route(null, "[\"application\", \"identityDocumentCopy\", \"entitlementProof\", \"residenceProof\"]",
          "Event_ServiceOverdue", "assignmentNotification", review(Map.of("decision", "assigned")),
          review(Map.of("decision", "refused",
              "decisionReason", "Тұрғылықты жерін растайтын құжаттың көшірмесі түпнұсқасына сәйкес келмейді"))),
      "S10", new Route(null, "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", \"residenceProof\","
          + " \"childDisabilityCertificate\"]", "Event_ServiceOverdue", "assignmentNotification",
          review(Map.of("decision", "assigned", "decisionNumber", "ШЕШ-10-1")),
          review(Map.of("decision", "refusedFalseInformation", "decisionNumber", "ШЕШ-10-2",
              "decisionReason", "Баланың мүгедектігі туралы анықтама жалған"))));

  /**
   * A complete application at a centre ({@code channel}) at {@code acceptedAt}: the receipt promises the result at
   * {@code expectedResultAt}; the hand-over is due at {@code handoverDue} and done at {@code handedOverAt}; the
   * branch's (and the deciding body's) steps are due at {@code serviceDue} and done at {@code decidedAt}; the
   * notification is due at {@code notificationDue} and done at {@code notifiedAt} (none in S04).
   */
  record CentreFlow(String channel, String acceptedAt, String expectedResultAt, String handoverDue,
      String handedOverAt, String serviceDue, String decidedAt, String notificationDue, String notifiedAt) {}

  static final Map<String, CentreFlow> CENTRE_FLOW = Map.of(
      // Friday 20 November 2026. Hand-over 1 working day, the day of acceptance not counted: Monday 23 November;
      // service 10 working days from then: 24-27 November, 30 November-4 December, 7 December; decided on Wednesday
      // 2 December: notification 5 working days, 3, 4, 7, 8, 9 December. The receipt counts the full terms: 8-11, 14
      // December.
      "S01", new CentreFlow("psc", "2026-11-20 10:00", "2026-12-14 18:00", "2026-11-23 18:00", "2026-11-23 11:00",
          "2026-12-07 18:00", "2026-12-02 15:00", "2026-12-09 18:00", "2026-12-04 09:30"),
      // The same dates: one term of 10 working days for the branch's preparation and the CCSP body's decision alike.
      "S02", new CentreFlow("psc", "2026-11-20 10:00", "2026-12-14 18:00", "2026-11-23 18:00", "2026-11-23 11:00",
          "2026-12-07 18:00", "2026-12-02 15:00", "2026-12-09 18:00", "2026-12-04 09:30"),
      // Monday 7 December at 16:00: Tuesday 8; 9-11, 14, 15, (16 off) 17, 18, 21-23 December; decided on Tuesday 15:
      // 17, 18, 21-23 December. Receipt: 24, 25, 28-30 December.
      "S03", new CentreFlow("psc", "2026-12-07 16:00", "2026-12-30 18:00", "2026-12-08 18:00", "2026-12-08 10:00",
          "2026-12-23 18:00", "2026-12-15 11:00", "2026-12-23 18:00", "2026-12-17 09:00"),
      // Service 15 working days from Monday 23 November: 24-27 November, 30 November-4 December, 7-11, 14 December;
      // no notification term in S04.
      "S04", new CentreFlow("psc", "2026-11-20 10:00", "2026-12-14 18:00", "2026-11-23 18:00", "2026-11-23 11:00",
          "2026-12-14 18:00", "2026-12-03 12:00", null, null),
      // Tuesday 1 December: Wednesday 2; 3, 4, 7-11, 14, 15, (16 off) 17 December; decided on Tuesday 15: (16 off) 17,
      // 18, 21-23 December. Receipt: 18, 21-24 December.
      "S05", new CentreFlow("psc", "2026-12-01 10:00", "2026-12-24 18:00", "2026-12-02 18:00", "2026-12-02 11:00",
          "2026-12-17 18:00", "2026-12-15 15:00", "2026-12-23 18:00", "2026-12-18 09:30"),
      // Saturday 12 December (centres work Monday to Saturday, item 9.2): Monday 14; 15, (16 off) 17, 18, 21-25,
      // 28, 29 December; decided on Wednesday 23: 24, 25, 28-30 December. Receipt: 30, 31 December, (1, 4 January
      // off) 5, 6, (7 off) 8 January 2027.
      "S06", new CentreFlow("psc", "2026-12-12 10:00", "2027-01-08 18:00", "2026-12-14 18:00", "2026-12-14 11:00",
          "2026-12-29 18:00", "2026-12-23 12:00", "2026-12-30 18:00", "2026-12-24 09:00"),
      "S10", new CentreFlow("psc", "2026-11-20 10:00", "2026-12-14 18:00", "2026-11-23 18:00", "2026-11-23 11:00",
          "2026-12-07 18:00", "2026-12-02 15:00", "2026-12-09 18:00", "2026-12-04 09:30"));

  /**
   * Storage of a result nobody collects: taken at {@code channel} on Friday 20 November 2026 and decided; the result
   * reaches the centre at {@code readyAt}; the catalogue's month of storage ends at {@code storageEnds}.
   */
  record Storage(String channel, String readyAt, String storageEnds) {}

  static final Map<String, Storage> STORAGE = Map.of(
      // One month after Thursday 10 December 2026 is Sunday 10 January 2027: the next working day, Monday 11 January.
      "S01", new Storage("psc", "2026-12-10 10:00", "2027-01-11 18:00"),
      "S02", new Storage("psc", "2026-12-10 10:00", "2027-01-11 18:00"),
      // One month after Wednesday 2 December is Saturday 2 January 2027, New Year day 2 (its day off carried over to
      // Monday 4 January), then Sunday 3 January: the term ends on Tuesday 5 January.
      "S03", new Storage("mobilePsc", "2026-12-02 12:00", "2027-01-05 18:00"),
      // S04 has no notification: the decision itself reaches the centre; Thursday 14 January 2027 is a working day.
      "S04", new Storage("psc", "2026-12-14 10:00", "2027-01-14 18:00"),
      // Saturday 23 January 2027: Monday 25 January.
      "S05", new Storage("psc", "2026-12-23 10:00", "2027-01-25 18:00"),
      // Saturday 30 January 2027: Monday 1 February.
      "S06", new Storage("psc", "2026-12-30 10:00", "2027-02-01 18:00"),
      "S10", new Storage("psc", "2026-12-10 10:00", "2027-01-11 18:00"));

  /**
   * A late hand-over and a late notification: accepted at the centre at {@code acceptedAt}, the hand-over (its item
   * and decree line {@code handoverCitation}) is due at {@code handoverDue} and missed; handed over at
   * {@code handedOverAt}, the service term counts from then to {@code serviceDue}; decided at {@code decidedAt}, the
   * notification ({@code notificationCitation}) is due at {@code notificationDue} (none in S04).
   */
  record LateHandover(String acceptedAt, String handoverDue, String handoverCitation, String handedOverAt,
      String serviceDue, String decidedAt, String notificationDue, String notificationCitation) {}

  static final Map<String, LateHandover> LATE_HANDOVER = Map.of(
      // Friday 20 November 2026: Monday 23 November. From Tuesday 24: 25-27 November, 30 November-4 December, 7, 8
      // December. Decided on Wednesday 25 November: 26, 27, 30 November, 1, 2 December.
      "S01", new LateHandover("2026-11-20 10:00", "2026-11-23 18:00", "S01, 7.1-тармақ, 548-жол",
          "2026-11-24 09:00", "2026-12-08 18:00", "2026-11-25 12:00", "2026-12-02 18:00", "S01, 7.1-тармақ, 552-жол"),
      "S02", new LateHandover("2026-11-20 10:00", "2026-11-23 18:00", "S02, 7.1-тармақ, 4379-жол",
          "2026-11-24 09:00", "2026-12-08 18:00", "2026-11-25 12:00", "2026-12-02 18:00", "S02, 7.1-тармақ, 4383-жол"),
      // Saturday 12 December (centres work on Saturdays): Monday 14 December. From Tuesday 15: (16 off) 17, 18, 21-25,
      // 28-30 December. Decided on Tuesday 15 December: (16 off) 17, 18, 21, 22, 23 December.
      "S03", new LateHandover("2026-12-12 11:00", "2026-12-14 18:00", "S03, 7.1-тармақ, 8398-жол",
          "2026-12-15 10:00", "2026-12-30 18:00", "2026-12-15 15:00", "2026-12-23 18:00", "S03, 7.1-тармақ, 8402-жол"),
      // Tuesday 15 December: not Wednesday 16 (Independence Day) but Thursday 17 December. From Friday 18, 15 working
      // days: 21-25, 28-31 December, (1, 4 January off) 5, 6, (7 off) 8, 11, 12, 13 January 2027. No notification.
      "S04", new LateHandover("2026-12-15 10:00", "2026-12-17 18:00", "S04, 7.1-тармақ, 12110-жол",
          "2026-12-18 09:00", "2027-01-13 18:00", "2026-12-21 10:00", null, null),
      // Tuesday 1 December: Wednesday 2. From Thursday 3: 4, 7-11, 14, 15, (16 off) 17, 18 December. Decided on
      // Monday 21 December: 22-25, 28 December.
      "S05", new LateHandover("2026-12-01 10:00", "2026-12-02 18:00", "S05, 7.1-тармақ, 16038-жол",
          "2026-12-03 09:00", "2026-12-18 18:00", "2026-12-21 10:00", "2026-12-28 18:00", "S05, 7.1-тармақ, 16046-жол"),
      // Monday 14 December: Tuesday 15. From Thursday 17: 18, 21-25, 28-31 December. Decided on Friday 8 January
      // 2027: 11-15 January.
      "S06", new LateHandover("2026-12-14 10:00", "2026-12-15 18:00", "S06, 7.1-тармақ, 19718-жол",
          "2026-12-17 09:30", "2026-12-31 18:00", "2027-01-08 10:00", "2027-01-15 18:00", "S06, 7.1-тармақ, 19726-жол"),
      "S10", new LateHandover("2026-11-20 10:00", "2026-11-23 18:00", "S10, 7.1-тармақ, 33392-жол",
          "2026-11-24 09:00", "2026-12-08 18:00", "2026-11-25 12:00", "2026-12-02 18:00", "S10, 7.1-тармақ, 33396-жол"));

  /**
   * Filed at the branch at {@code acceptedAt} (registered then): the service term ({@code citation}: its item and
   * decree line) ends at {@code due}, and the receipt promises the result, the notification term after it, at
   * {@code expectedResultAt}.
   */
  record BranchService(String acceptedAt, String due, String citation, String expectedResultAt) {}

  static final Map<String, BranchService> BRANCH_SERVICE = Map.of(
      // Friday 20 November 2026: 23-27 November, 30 November-4 December; notification 7-11 December.
      "S01", new BranchService("2026-11-20 10:00", "2026-12-04 18:00", "S01, 7.1-тармақ, 550-жол", "2026-12-11 18:00"),
      "S02", new BranchService("2026-11-20 10:00", "2026-12-04 18:00", "S02, 7.1-тармақ, 4381-жол", "2026-12-11 18:00"),
      // Monday 7 December: 8-11, 14, 15, (16 off) 17, 18, 21, 22 December; notification 23-25, 28, 29 December.
      "S03", new BranchService("2026-12-07 16:00", "2026-12-22 18:00", "S03, 7.1-тармақ, 8400-жол", "2026-12-29 18:00"),
      // Monday 30 November, 15 working days: 1-4, 7-11, 14, 15, (16 off) 17, 18, 21, 22 December; no notification.
      "S04", new BranchService("2026-11-30 10:00", "2026-12-22 18:00", "S04, 7.1-тармақ, 12112-жол", "2026-12-22 18:00"),
      // Tuesday 1 December: 2-4, 7-11, 14, 15 December; notification (16 off) 17, 18, 21-23 December.
      "S05", new BranchService("2026-12-01 10:00", "2026-12-15 18:00", "S05, 7.1-тармақ, 16042-жол", "2026-12-23 18:00"),
      // Monday 28 December: 29-31 December, (1, 4 January off) 5, 6, (7 off) 8, 11-14 January 2027; notification
      // 15, 18-21 January.
      "S06", new BranchService("2026-12-28 10:00", "2027-01-14 18:00", "S06, 7.1-тармақ, 19722-жол", "2027-01-21 18:00"),
      "S10", new BranchService("2026-11-20 10:00", "2026-12-04 18:00", "S10, 7.1-тармақ, 33394-жол", "2026-12-11 18:00"));

  /**
   * An incomplete set: at {@code channel} ({@code subtype} may be null) the {@code documents} lack {@code missing}. The
   * refusal receipt names them and cites the ground of item 16 ({@code citation}; null where item 16 has none for an
   * incomplete set, S12 and S13); the case ends at {@code end} without passing {@code notPassed} (may be null), with
   * {@code refusalGround} and {@code result} when not null.
   */
  record Incomplete(String channel, String subtype, String documents, List<String> missing, String citation,
      String end, String notPassed, String refusalGround, String result) {

    /** The application: S08's commission is chosen explicitly (the decree lists none in Хромтау district). */
    String body() {
      return "{\"channel\": \"" + channel + "\", " + (subtype == null ? "" : "\"subtype\": \"" + subtype + "\", ")
          + (channel.equals("mse") ? "\"officeId\": \"mse-aktobe-02\", " : "") + SEITKALI + ", \"documents\": "
          + documents + "}";
    }
  }

  static final Map<String, List<Incomplete>> INCOMPLETE = Map.ofEntries(
      Map.entry("S01", List.of(new Incomplete("psc", null, "[\"application\", \"identityDocumentCopy\"]",
          List.of("residenceProof", "bankAccountDetails"), "S01, 16-тармақ, 704-жол", "Event_IntakeRefused",
          "Gateway_Channel", null, null))),
      // A disability benefit at a centre without the extract of the MSE certificate (item 11.5, line 4467); loss of
      // breadwinner at the branch without the death certificate or court decision (item 11.5, line 4511).
      Map.entry("S02", List.of(new Incomplete("psc", "disability", "[\"application\", \"identityDocumentCopy\", "
              + "\"residenceProof\", \"bankAccountDetails\"]", List.of("disabilityCertificateExtract"),
              "S02, 16-тармақ, 4647-жол", "Event_IntakeRefusedAtPsc", "Gateway_Channel", "incompleteDocumentsAtPsc",
              null),
          new Incomplete("branch", "lossOfBreadwinner", "[\"application\", \"identityDocumentCopy\", "
              + "\"residenceProof\", \"bankAccountDetails\", \"kinshipProofCopy\"]",
              List.of("deathCertificateOrCourtDecision"), "S02, 16-тармақ, 4643-жол", "Event_ServiceRefusedIncomplete",
              null, "incompleteDocuments", "reasonedRefusal"))),
      // Without the employer's certificate on the working conditions (item 11.6, line 8488).
      Map.entry("S03", List.of(new Incomplete("mobilePsc", null, "[\"application\", \"identityDocumentCopy\", "
          + "\"residenceProof\", \"bankAccountDetails\", \"workRecordBookCopy\"]", List.of("workConditionsCertificate"),
          "S03, 16-тармақ, 8566-жол", "Event_IntakeRefused", "Gateway_Channel", "incompleteDocuments", null))),
      Map.entry("S04", List.of(new Incomplete("psc", "lossOfJob", "[\"identityDocumentCopy\"]",
          List.of("residenceProof", "employmentAuthorityCertificate"), "S04, 16-тармақ, 12316-жол",
          "Event_IntakeRefused", "Gateway_RiskType", null, null))),
      Map.entry("S05", List.of(new Incomplete("psc", null, "[\"application\", \"identityDocumentCopy\", "
          + "\"residenceProof\"]", List.of("childBirthCertificate", "familyCompositionInfo"),
          "S05, 16-тармақ, 16240-жол", "Event_IntakeRefused", "Gateway_Channel", null, null))),
      Map.entry("S06", List.of(new Incomplete("mobilePsc", null, "[\"application\", \"identityDocumentCopy\"]",
          List.of("entitlementProof", "residenceProof"), "S06, 16-тармақ, 19912-жол", "Event_IntakeRefused",
          "Gateway_Channel", null, null))),
      // The centre refuses orally (the result would have come at once).
      Map.entry("S07", List.of(new Incomplete("psc", "ownFunds", "[\"application\"]", List.of("identityDocumentCopy"),
          "S07, 16-тармақ, 23471-жол", "Event_RefusedOrally", "Gateway_Subtype", "incompleteDocuments",
          "reasonedRefusal"))),
      // In detention without the certificate of item 11.4 (line 28192).
      Map.entry("S08", List.of(new Incomplete("mse", "inDetention", "[\"application\", \"mseReferralForm088\", "
          + "\"identityDocumentCopy\", \"residenceProof\", \"medicalRecordsExtracts\", \"sicCertificate\"]",
          List.of("detentionCertificate"), "S08, 16.1-тармақ, 28264-жол", "Event_ServiceRefusedIncomplete", null,
          "incompleteDocuments", "reasonedRefusal"))),
      Map.entry("S09", List.of(new Incomplete("branch", null, "[\"identityDocumentCopy\"]",
          List.of("taxpayerRegistrationNumber"), "S09, 16-тармақ, 30508-жол", "Event_RefusedOrally", "Task_IssueSic",
          "incompleteDocuments", "reasonedRefusal"))),
      // Without the certificate of the child's disability: not accepted at the centre, refused by the branch.
      Map.entry("S10", List.of(new Incomplete("psc", null, "[\"application\", \"childBirthCertificate\", "
              + "\"identityDocumentCopy\", \"residenceProof\"]", List.of("childDisabilityCertificate"),
              "S10, 16-тармақ, 33544-жол", "Event_IntakeRefusedAtPsc", "Gateway_Channel", "incompleteDocumentsAtPsc",
              null),
          new Incomplete("branch", null, "[\"application\", \"childBirthCertificate\", \"identityDocumentCopy\", "
              + "\"residenceProof\"]", List.of("childDisabilityCertificate"), "S10, 16-тармақ, 33542-жол",
              "Event_ServiceRefusedIncomplete", null, "incompleteDocuments", "reasonedRefusal"))),
      Map.entry("S11", List.of(new Incomplete("branch", null, "[\"identityDocumentCopy\", \"deathCertificateCopy\"]",
          List.of("civilRegistryCertificate"), "S11, 16-тармақ, 38843-жол", "Event_ServiceRefusedIncomplete", null,
          "incompleteDocuments", "reasonedRefusal"))),
      // Item 16 of S12 (line 40826) and of S13 (line 45008) has no ground for an incomplete set.
      Map.entry("S12", List.of(new Incomplete("employmentDept", null, "[\"identityDocumentCopy\"]",
          List.of("application"), null, "Event_IntakeRefused", "Gateway_Channel", null, null))),
      Map.entry("S13", List.of(new Incomplete("employmentDept", "publicWorks", "[\"identityDocumentCopy\", "
          + "\"employmentProof\", \"taxpayerRegistrationNumber\"]", List.of("sicCertificate"), null,
          "Event_IntakeRefused", "Gateway_Subtype", null, null))));

  /** The portal's information term (30 minutes) of each standard: its item and decree line. */
  static final Map<String, String> PORTAL_INFORMATION = Map.of("S01", "S01, 7.1-тармақ, 554-жол",
      "S02", "S02, 7.1-тармақ, 4385-жол", "S03", "S03, 7.1-тармақ, 8404-жол", "S05", "S05, 7.1-тармақ, 16050-жол",
      "S06", "S06, 7.1-тармақ, 19730-жол");

  /**
   * Decisions a standard's review of the application does not offer: S05's termination grounds of item 16 (lines
   * 16252-16268, reading in catalogue/S05.yaml) stop an allowance already assigned and are no decisions on an
   * application (line 16240: assign, or refuse for an incomplete set); S06's item 16 has none, so S05's are not offered.
   */
  static final Map<String, List<String>> DECISIONS_NOT_OFFERED = Map.of("S05", List.of("suspended", "fullStateCare"),
      "S06", List.of("childDeath"));

  static Stream<String> standardsWithDecisionsNotOffered() {
    return DECISIONS_NOT_OFFERED.keySet().stream().sorted();
  }

  static Stream<String> allStandards() {
    return CATALOGUE.codes().stream();
  }

  static Stream<String> standardsWithResultStorage() {
    return standardsWithTimer("resultStorage");
  }

  /** The standards whose centre hands the documents over to a branch that registers them (and decides or prepares). */
  static Stream<String> standardsWithHandover() {
    return standardsWithTimer("handover");
  }

  static Stream<String> standardsWithPortalInformation() {
    return CATALOGUE.codes().stream().filter(code -> CATALOGUE.get(code).channels().stream()
        .anyMatch(channel -> channel.code().equals("portal") && !channel.takesApplications()));
  }

  private static Stream<String> standardsWithTimer(String deadline) {
    return CATALOGUE.codes().stream().filter(code -> CATALOGUE.get(code).deadline(deadline)
        .filter(term -> term.kind() == Standard.Deadline.Kind.timer).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allStandards")
  void anIncompleteSetIsRefusedAtIntakeAndTheReceiptNamesWhatIsMissing(String standard) {
    Standard catalogued = CATALOGUE.get(standard);
    at(2026, 11, 20, 10, 0);
    cases = new CaseDriver(engine, port, standard);
    for (Incomplete row : row(INCOMPLETE, standard)) {
      JsonNode receipt = cases.apply(row.body());
      String what = standard + " at " + row.channel();
      assertThat(receipt.path("kind").asText()).as(what).isEqualTo("refusalReceipt");
      assertThat(receipt.path("missingDocuments").findValuesAsText("code")).as(what)
          .containsExactlyElementsOf(row.missing());
      assertThat(receipt.path("missingDocuments").findValuesAsText("name")).as(what)
          .containsExactlyElementsOf(row.missing().stream().map(code -> catalogued.documents().stream()
              .filter(document -> document.code().equals(code)).findFirst().orElseThrow().name().kk()).toList());
      if (row.citation() == null) {
        assertThat(receipt.path("refusal").isNull() || receipt.path("refusal").isMissingNode()).as(what).isTrue();
      } else {
        assertThat(receipt.path("refusal").path("citation").asText()).as(what).isEqualTo(row.citation());
      }
      assertThat(receipt.path("expectedResultAt").isNull() || receipt.path("expectedResultAt").isMissingNode())
          .as(what).isTrue();
      assertThat(receipt.path("result").isNull() || receipt.path("result").isMissingNode()).as(what).isTrue();

      String key = receipt.path("businessKey").asText();
      assertThat(cases.instance(key)).isEnded().hasPassed(row.end());
      if (row.notPassed() != null) {
        assertThat(cases.instance(key)).hasNotPassed(row.notPassed());
      }
      Map<String, Object> variables = cases.variables(key);
      if (row.refusalGround() != null) {
        assertThat(variables).as(what).containsEntry("refusalGround", row.refusalGround());
      }
      if (row.result() != null) {
        assertThat(variables).as(what).containsEntry("result", row.result());
      }
      assertThat(cases.status(key).path("status").asText()).as(what).isEqualTo("refusedAtIntake");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithHandover")
  void aCompleteApplicationAtACentreRunsToTheResultOnTheStatutoryDates(String standard) {
    CentreFlow row = row(CENTRE_FLOW, standard);
    JsonNode receipt = receiptAt(standard, row.acceptedAt(), row.channel());
    Route route = row(ROUTES, standard);
    assertThat(receipt.path("kind").asText()).isEqualTo("receipt");
    assertThat(receipt.path("standard").asText()).isEqualTo(standard);
    assertThat(receipt.path("documentsAccepted").findValuesAsText("code"))
        .containsExactlyInAnyOrderElementsOf(codes(route.documents()));
    assertThat(receipt.path("expectedResultAt").asText()).isEqualTo(iso(row.expectedResultAt()));
    assertThat(receipt.path("office").path("id").asText()).isEqualTo(CENTRE);
    assertThat(receipt.path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлім");
    assertThat(receipt.path("office").path("address").asText()).isEqualTo("Хромтау қаласы, Абай көшесі, 12");
    // Item 14.2: the employee who accepted the documents, the applicant's name and phone.
    assertThat(receipt.path("acceptedBy").asText()).isEqualTo("Әкімші Qyzmet");
    assertThat(receipt.path("applicant").path("fullName").asText()).isEqualTo("Сейтқали Айбек Нұрланұлы");
    assertThat(receipt.path("applicant").path("phone").asText()).isEqualTo("+7 701 000 00 00");
    assertThat(receipt.path("representative").isNull()).isTrue();
    String key = receipt.path("businessKey").asText();
    assertThat(key).matches(standard + "-" + row.acceptedAt().substring(2, 10).replace("-", "") + "-[A-Z2-9]{8}");
    assertThat(cases.variables(key)).containsEntry("acceptedBy", "admin")
        .containsEntry("acceptedByName", "Әкімші Qyzmet").containsEntry("documentsComplete", true);

    Task handover = cases.task(key, "Task_HandOverToBranch");
    assertThat(cases.candidateGroups(handover)).containsExactly(CENTRE + ".pscOperator");
    assertThat(handover.getDueDate()).isEqualTo(time(row.handoverDue()));
    // The shared building block names this case's standard, item and line, and lists the documents in Kazakh.
    assertThat(handover.getDescription()).startsWith(key + " өтініші (" + standard + "): 1 жұмыс күні мерзімі (")
        .contains(row(LATE_HANDOVER, standard).handoverCitation(),
            kazakhTime(row.handoverDue()) + " дейін");
    Standard.Document first = CATALOGUE.get(standard).documents().stream()
        .filter(document -> document.code().equals(codes(route.documents()).get(0))).findFirst().orElseThrow();
    assertThat(engine.getTaskService().getVariableLocal(handover.getId(), "handoverDocumentList").toString())
        .contains(first.name().kk()).doesNotContain(first.code());
    ClockUtil.setCurrentTime(time(row.handedOverAt()));
    cases.complete(handover, Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));

    // Registered at the branch when handed over: each step to the decision is due with the service term.
    ClockUtil.setCurrentTime(time(row.decidedAt()));
    for (Step step : route.assigned()) {
      Task task = cases.task(key, step.task());
      assertThat(cases.candidateGroups(task)).containsExactly(step.group());
      assertThat(task.getDueDate()).isEqualTo(time(row.serviceDue()));
      cases.complete(task, step.variables());
    }
    assertThat(notifies(standard)).isEqualTo(row.notificationDue() != null);
    if (notifies(standard)) {
      Task notify = cases.task(key, "Task_NotifyApplicant");
      assertThat(cases.candidateGroups(notify)).containsExactly(BRANCH_SPECIALIST);
      assertThat(notify.getDueDate()).isEqualTo(time(row.notificationDue()));
      ClockUtil.setCurrentTime(time(row.notifiedAt()));
      cases.complete(notify, Map.of("notificationMethod", "psc"));
    }

    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    handOut(issue, "Сейтқали Айбек Нұрланұлы", "045123987");
    assertThat(cases.instance(key)).isEnded()
        .hasPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", route.result()).containsEntry("resultOutcome", "issued")
        .containsEntry("decision", "assigned").containsEntry("intakeOfficeId", CENTRE);
    JsonNode status = assertCompleted(key, route.result());
    assertThat(deadline(status, "handover").path("due").asText()).isEqualTo(iso(row.handoverDue()));
    // the status cites in the reader's language (Kazakh by default): "S01, 7.1-тармақ, 550-жол"
    assertThat(deadline(status, "service").path("citation").asText())
        .isEqualTo(row(BRANCH_SERVICE, standard).citation());
    assertThat(status.path("deadlines").findValuesAsText("id").contains("notification")).isEqualTo(notifies(standard));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithHandover")
  void aRefusalDecidedOnAnApplicationFiledAtTheBranchIsHandedOutThere(String standard) {
    AtTheBranch filed = filedAtTheBranch(standard);
    assertThat(filed.receipt().path("office").path("id").asText()).isEqualTo(BRANCH);
    assertThat(filed.receipt().path("office").path("name").asText()).isEqualTo("Хромтау аудандық бөлімшесі");
    assertThat(filed.receipt().path("expectedResultAt").asText()).isEqualTo(iso(filed.row().expectedResultAt()));
    String key = filed.key();

    for (Step step : filed.route().refused()) {
      Task task = cases.task(key, step.task());
      assertThat(cases.candidateGroups(task)).containsExactly(step.group());
      cases.complete(task, step.variables());
    }
    if (notifies(standard)) {
      cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "letter"));
    }
    Task issue = cases.task(key, "Task_IssueResultAtBranch");
    assertThat(cases.candidateGroups(issue)).containsExactly(BRANCH_SPECIALIST);
    handOut(issue, "Сейтқали Айбек", "045123987");
    assertThat(cases.instance(key)).isEnded().hasPassed("Event_ResultIssuedAtBranch")
        .hasNotPassed("Activity_HandoverToBranch", "Activity_IssueResultAtPsc");
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithResultStorage")
  void anUncollectedResultIsKeptForTheStorageTermAndThenHandedOverToTheBranch(String standard) {
    Route route = row(ROUTES, standard);
    Storage row = row(STORAGE, standard);
    at(2026, 11, 20, 10, 0);
    String key = apply(standard, route, row.channel()).path("businessKey").asText();
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-1", "documentsHandedOver", true));
    Date readyAt = time(row.readyAt());
    ClockUtil.setCurrentTime(readyAt);
    decide(key, route);
    if (notifies(standard)) {
      cases.complete(key, "Task_NotifyApplicant", Map.of("notificationMethod", "psc"));
    }

    Date storageEnds = time(row.storageEnds());
    Task issue = cases.task(key, "Task_IssueResult");
    assertThat(cases.candidateGroups(issue)).containsExactly(CENTRE + ".pscOperator");
    assertThat(issue.getDueDate()).isEqualTo(storageEnds);
    Job storage = cases.timer(key, "Event_StorageExpired");
    assertThat(storage.getDuedate()).isEqualTo(storageEnds);
    assertThat(deadline(cases.status(key), "resultStorage").path("due").asText()).isEqualTo(iso(row.storageEnds()));
    ClockUtil.setCurrentTime(new Date(storageEnds.getTime() + 60_000));
    cases.fire(storage);

    Task transfer = cases.task(key, "Task_TransferResult");
    assertThat(cases.candidateGroups(transfer)).containsExactly(CENTRE + ".pscOperator");
    cases.complete(transfer, Map.of("resultTransferDocumentNumber", "АКТ-" + standard));
    assertThat(cases.instance(key)).isEnded().hasPassed("Activity_IssueResultAtPsc", "Event_ResultIssuedAtPsc");
    assertThat(cases.variables(key)).containsEntry("resultOutcome", "transferred")
        .containsEntry("result", route.result()).containsEntry("resultReadyAt", readyAt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithHandover")
  void aLateHandOverAndALateNotificationEachGiveTheirHeadATaskAndTheCaseGoesOn(String standard) {
    Route route = row(ROUTES, standard);
    LateHandover row = row(LATE_HANDOVER, standard);
    String key = applyAt(standard, row.acceptedAt(), "psc");

    assertThat(cases.task(key, "Task_HandOverToBranch").getDueDate()).isEqualTo(time(row.handoverDue()));
    fireAMinuteLate(key, "Event_HandoverOverdue", row.handoverDue());
    Task centreHead = assertBreach(key, "handover", CENTRE + ".pscHead", row.handoverCitation());
    JsonNode handoverStatus = deadline(cases.status(key), "handover");
    assertThat(handoverStatus.path("due").asText()).isEqualTo(iso(row.handoverDue()));
    assertThat(handoverStatus.path("breachedAt").asText()).startsWith(iso(row.handoverDue()).substring(0, 14) + "01");
    assertThatThrownBy(() -> cases.complete(centreHead, Map.of("escalationMeasure", "ok")))
        .hasMessageContaining("«Қолданылған шара» (escalationMeasure): кемінде 5 таңба");
    cases.complete(centreHead, Map.of("escalationMeasure", "Операторға ескерту жасалды, құжаттар жіберілді"));

    // Handed over late: the branch registers the case then, and the service term counts from the registration.
    Date handedOverAt = time(row.handedOverAt());
    ClockUtil.setCurrentTime(handedOverAt);
    cases.complete(key, "Task_HandOverToBranch", Map.of("handoverRegisterNumber", "ТЗ-2", "documentsHandedOver", true));
    assertThat(cases.variables(key)).containsEntry("registeredAt", handedOverAt);
    Task first = cases.task(key, route.firstStep());
    assertThat(cases.candidateGroups(first)).containsExactly(BRANCH_SPECIALIST);
    assertThat(first.getDueDate()).isEqualTo(time(row.serviceDue()));
    assertThat(cases.timer(key, route.serviceTimer()).getDuedate()).isEqualTo(time(row.serviceDue()));

    ClockUtil.setCurrentTime(time(row.decidedAt()));
    decide(key, route);
    assertThat(notifies(standard)).isEqualTo(row.notificationDue() != null);
    if (!notifies(standard)) {
      assertThat(cases.candidateGroups(cases.task(key, "Task_IssueResult"))).containsExactly(CENTRE + ".pscOperator");
      return;
    }
    assertThat(cases.task(key, "Task_NotifyApplicant").getDueDate()).isEqualTo(time(row.notificationDue()));
    fireAMinuteLate(key, "Event_NotificationOverdue", row.notificationDue());
    assertBreach(key, "notification", BRANCH + ".branchHead", row.notificationCitation());
    assertThat(cases.candidateGroups(cases.task(key, "Task_NotifyApplicant"))).containsExactly(BRANCH_SPECIALIST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithHandover")
  void whenTheServiceTermRunsOutAtTheBranchItsHeadGetsATaskAndTheCaseGoesOn(String standard) {
    AtTheBranch filed = filedAtTheBranch(standard);
    BranchService row = filed.row();
    Route route = filed.route();
    String key = filed.key();
    Date due = time(row.due());
    assertThat(cases.task(key, route.firstStep()).getDueDate()).isEqualTo(due);

    fireAMinuteLate(key, route.serviceTimer(), row.due());
    assertThat(cases.instance(key)).isWaitingAt(route.firstStep());
    assertThat(cases.variables(key)).containsKey("breach_service");
    Task breach = assertBreach(key, "service", BRANCH + ".branchHead", row.citation());
    // The head's task: due when the case's deadline was, and says in Kazakh which case, which term, by how much.
    assertThat(breach.getDueDate()).isEqualTo(due);
    int days = CATALOGUE.get(standard).deadline("service").orElseThrow().value();
    assertThat(breach.getDescription())
        .startsWith(key + " өтініші (" + standard + "): " + days + " жұмыс күні мерзімі (")
        .contains(row.citation(),
            kazakhTime(row.due()) + " аяқталды", "0 сағ. 1 мин. өтіп кетті")
        .doesNotContain("workingDays", "item", "line");
    assertThat(engine.getRuntimeService().getVariables(breach.getProcessInstanceId()))
        .containsEntry("caseNumber", key).containsEntry("applicantSurname", "Сейтқали")
        .containsEntry("deadlineText", days + " жұмыс күні: "
            + CATALOGUE.get(standard).deadline("service").orElseThrow().startsFrom().kk());
    JsonNode service = deadline(cases.status(key), "service");
    assertThat(service.path("due").asText()).isEqualTo(iso(row.due()));
    assertThat(service.path("breachedAt").asText()).startsWith(iso(row.due()).substring(0, 14) + "01");

    decide(key, route);
    assertThat(cases.task(key, notifies(standard) ? "Task_NotifyApplicant" : "Task_IssueResultAtBranch")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithDecisionsNotOffered")
  void theReviewDecidesOnlyOnTheApplication(String standard) {
    Route route = row(ROUTES, standard);
    String key = applyAt(standard, "2026-12-01 10:00", "branch");
    Task review = cases.task(key, route.firstStep());
    for (String decision : row(DECISIONS_NOT_OFFERED, standard)) {
      assertFormRefuses(review, Map.of("decision", decision), "«" + decision + "» мәні тізімде жоқ");
    }
    assertFormRefuses(review, Map.of(), "(decision): толтыру міндетті");

    cases.complete(review, route.refused().get(0).variables());
    assertThat(cases.variables(key)).containsEntry("result", "reasonedRefusal").doesNotContainKey("terminationGround");
  }

  /**
   * The portal only informs (it takes no application); its information request about a case taken at the branch is
   * due within 30 minutes, escalated to the branch's head when missed, and then answered from the case's data.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithPortalInformation")
  void thePortalOnlyInformsAndItsRequestIsAnsweredFromTheCaseWithinThirtyMinutes(String standard) throws Exception {
    Route route = row(ROUTES, standard);
    String citation = row(PORTAL_INFORMATION, standard);
    // Tuesday 1 December 2026.
    at(2026, 12, 1, 10, 0);
    var http = new Http(port);
    var refused = post("{\"standard\": \"" + standard + "\", \"channel\": \"portal\", " + SEITKALI
        + (route.subtype() == null ? "" : ", \"subtype\": \"" + route.subtype() + "\"")
        + ", \"documents\": " + route.documents() + "}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("channel");

    String key = apply(standard, route, "branch").path("businessKey").asText();
    at(2026, 12, 2, 9, 0);
    var accepted = http.postJson("/api/applications/" + key + "/information-requests", "{}", QyzmetTest.ADMIN,
        QyzmetTest.ADMIN_PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(202);
    ObjectMapper json = new ObjectMapper();
    JsonNode request = json.readTree(accepted.body());
    assertThat(request.path("status").asText()).isEqualTo("pending");
    assertThat(request.path("due").asText()).isEqualTo("2026-12-02T09:30:00+05:00");
    String requestId = request.path("id").asText();

    // Not answered in time: the head of the branch gets a task; then the answer is still given from the case data.
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(requestId).timers().singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(date(2026, 12, 2, 9, 30));
    fireAMinuteLate(overdue);
    Task head = cases.task(key, "Task_ReviewBreach");
    assertThat(cases.candidateGroups(head)).containsExactly(BRANCH + ".branchHead");
    assertThat(cases.citation(head)).isEqualTo(citation);

    cases.fire(engine.getManagementService().createJobQuery().processInstanceId(requestId)
        .activityId("Task_AnswerFromCaseData").singleResult());
    JsonNode answered = json.readTree(http.get(accepted.headers().firstValue("Location").orElseThrow(),
        QyzmetTest.ADMIN, QyzmetTest.ADMIN_PASSWORD).body());
    assertThat(answered.path("status").asText()).isEqualTo("answered");
    assertThat(answered.path("answer").path("status").asText()).isEqualTo("inProgress");
    // (The answer also lists the head's open breach review, which shares the case's business key.)
    assertThat(answered.path("answer").path("currentSteps").findValuesAsText("activityId"))
        .contains(route.firstStep()).doesNotContain("Task_HandOverToBranch");
  }

  // ---------------------------------------------------------------- helpers

  private static List<Step> review(Map<String, Object> variables) {
    return List.of(new Step("Task_ReviewApplication", BRANCH_SPECIALIST, variables));
  }

  /** An application filed at the branch as the standard's {@link #BRANCH_SERVICE} row says, by the standard's route. */
  private record AtTheBranch(BranchService row, Route route, JsonNode receipt, String key) {}

  private AtTheBranch filedAtTheBranch(String standard) {
    BranchService row = row(BRANCH_SERVICE, standard);
    JsonNode receipt = receiptAt(standard, row.acceptedAt(), "branch");
    return new AtTheBranch(row, row(ROUTES, standard), receipt, receipt.path("businessKey").asText());
  }

  /** Sets the clock to {@code acceptedAt} and applies at {@code channel} by the standard's route; the case's key. */
  private String applyAt(String standard, String acceptedAt, String channel) {
    return receiptAt(standard, acceptedAt, channel).path("businessKey").asText();
  }

  /** Sets the clock to {@code acceptedAt} and applies at {@code channel} by the standard's route; the receipt. */
  private JsonNode receiptAt(String standard, String acceptedAt, String channel) {
    ClockUtil.setCurrentTime(time(acceptedAt));
    return apply(standard, row(ROUTES, standard), channel);
  }

  private JsonNode apply(String standard, Route route, String channel) {
    cases = new CaseDriver(engine, port, standard);
    return apply(channel, route.subtype(), route.documents());
  }

  /** Completes the branch's (and the deciding body's) steps: the case is decided in the applicant's favour. */
  private void decide(String key, Route route) {
    for (Step step : route.assigned()) {
      cases.complete(key, step.task(), step.variables());
    }
  }

  /** Asserts the timer of the case is due at {@code due} and fires it a minute after. */
  private void fireAMinuteLate(String key, String timer, String due) {
    Job job = cases.timer(key, timer);
    assertThat(job.getDuedate()).as(timer).isEqualTo(time(due));
    fireAMinuteLate(job);
  }

  private void fireAMinuteLate(Job timer) {
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    cases.fire(timer);
  }

  private static boolean notifies(String standard) {
    return CATALOGUE.get(standard).deadline("notification").isPresent();
  }

  private static <T> T row(Map<String, T> rows, String standard) {
    assertThat(rows).as("the standard's own row of this scenario").containsKey(standard);
    return rows.get(standard);
  }

  /** The codes of a JSON list of documents. */
  private static List<String> codes(String documents) {
    return java.util.Arrays.stream(documents.replaceAll("[\\[\\]\" ]", "").split(",")).toList();
  }

  /** "2026-12-02 18:00" as the Kazakh texts write it: "02.12.2026 18:00". */
  private static String kazakhTime(String local) {
    return local.substring(8, 10) + "." + local.substring(5, 7) + "." + local.substring(0, 4) + local.substring(10);
  }

  /** "2026-12-02 18:00", Almaty time, as a date. */
  private static Date time(String local) {
    LocalDateTime at = LocalDateTime.parse(local.replace(' ', 'T'));
    return date(at.getYear(), at.getMonthValue(), at.getDayOfMonth(), at.getHour(), at.getMinute());
  }
}
