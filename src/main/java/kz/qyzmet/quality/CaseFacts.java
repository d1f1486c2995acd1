package kz.qyzmet.quality;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.cases.EngineClock;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.OfficeRole;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the case facts (tables of {@code V2__quality_facts.sql}) as a case moves: called by the listeners that
 * {@link CaseFactListeners} adds to every diagram. The writes go through the engine's own Spring transaction, so a
 * fact exists exactly when the engine's step that caused it was committed. Nothing personal is written.
 */
@Component
public class CaseFacts {

  static final String CASES = "\"qyzmet\".case_fact";
  static final String DEADLINES = "\"qyzmet\".case_deadline";
  static final String COMPLAINTS = "\"qyzmet\".complaint_fact";

  /** The satisfaction answers a case may carry, by survey question code (catalogue/survey.yaml). */
  static final Set<String> QUESTIONS = Set.of("process", "information", "complaint", "complaintTerm", "courtesy");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final StandardsCatalogue catalogue;
  private final OfficeRouter router;

  public CaseFacts(JdbcClient jdbc, StandardsCatalogue catalogue, OfficeRouter router) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.router = router;
  }

  /** A new case (the end of its start event: the intake has set its variables). Idempotent. */
  void caseAccepted(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key == null || exists(key)) {
      return;
    }
    String standard = text(execution, CaseVariables.STANDARD);
    if (standard == null) {
      standard = execution.getProcessDefinitionId().split(":")[0];
    }
    String intakeOffice = text(execution, CaseVariables.INTAKE_OFFICE_ID);
    Date accepted = date(execution.getVariable(CaseVariables.ACCEPTED_AT));
    Object waiting = execution.getVariable(CaseVariables.WAITING_MINUTES);
    jdbc.sql("insert into " + CASES + " (business_key, process_instance_id, standard, subtype, channel, office_id, intake_office_id,"
            + " district, region, accepted_at, documents_complete, waiting_minutes, survey_token)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(key, execution.getProcessInstanceId(), standard, text(execution, CaseVariables.SUBTYPE), text(execution, CaseVariables.CHANNEL),
            decidingOffice(execution, standard).orElse(intakeOffice), intakeOffice,
            truncate(text(execution, CaseVariables.DISTRICT), 128), region(text(execution, CaseVariables.REGION)),
            timestamp(accepted != null ? accepted : EngineClock.now()),
            execution.getVariable(CaseVariables.DOCUMENTS_COMPLETE) instanceof Boolean complete ? complete : null,
            waiting instanceof Number minutes ? minutes.intValue() : null, newToken())
        .update();
  }

  /** The case's process ended: the outcome, the decision moment and the result. */
  void caseEnded(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key == null) {
      return;
    }
    caseAccepted(execution); // a case refused at intake may end before any other hook
    // resultOutcome of result-issue (issued, transferred); a result handed out elsewhere (at the branch) is issued.
    String fallback = Boolean.FALSE.equals(execution.getVariable(CaseVariables.DOCUMENTS_COMPLETE)) ? "refusedAtIntake"
        : "completed";
    jdbc.sql("update " + CASES + " set ended_at = ?, outcome = coalesce(?, case when handed_out_at is not null then"
            + " 'issued' end, ?), result = ?, decided_at = coalesce(?, decided_at) where business_key = ?")
        .params(now(), text(execution, "resultOutcome"), fallback, truncate(text(execution, CaseVariables.RESULT), 64), timestamp(date(execution.getVariable(
            "decidedAt"))), key)
        .update();
  }

  /** The result reached the place where it is handed out. */
  void resultReady(DelegateExecution execution) {
    jdbc.sql("update " + CASES + " set result_ready_at = coalesce(result_ready_at, ?) where business_key = ?")
        .params(now(), execution.getProcessBusinessKey()).update();
  }

  /** The result was handed to the applicant; the answers the operator recorded, if the applicant gave any. */
  void resultHandedOut(DelegateTask task) {
    String key = task.getExecution().getProcessBusinessKey();
    jdbc.sql("update " + CASES + " set handed_out_at = ?, result_ready_at = coalesce(result_ready_at, ?)"
            + " where business_key = ?").params(now(), now(), key).update();
    SurveyAnswers answers = SurveyAnswers.fromVariables(task::getVariable);
    if (!answers.isEmpty()) {
      recordAnswers(key, null, answers, "operator");
    }
  }

  /**
   * Records the answers of a case once: by the operator at hand-out, or by the applicant on the survey page (by token).
   * Returns false when the case already has answers (or no such case/token exists).
   */
  boolean recordAnswers(String businessKey, String token, SurveyAnswers answers, String source) {
    String where = businessKey != null ? "business_key = ?" : "survey_token = ?";
    return jdbc.sql("update " + CASES + " set survey_answered_at = ?, survey_source = ?, answer_process = ?,"
            + " answer_information = ?, answer_complaint = ?, answer_complaint_term = ?, answer_courtesy = ?"
            + " where " + where + " and survey_answered_at is null")
        .params(now(), source, answers.process(), answers.information(), answers.complaint(),
            answers.complaintTerm(), answers.courtesy(), businessKey != null ? businessKey : token)
        .update() == 1;
  }

  /** A step bound to a statutory deadline was created: its due date, and the office whose group holds it. */
  void deadlineOpened(DelegateTask task, String deadlineId) {
    String key = task.getExecution().getProcessBusinessKey();
    if (key == null || task.getDueDate() == null) {
      return;
    }
    String office = task.getCandidates().stream()
        .map(link -> link.getGroupId()).filter(group -> group != null && group.contains("."))
        .map(group -> group.substring(0, group.lastIndexOf('.'))).findFirst().orElse(null);
    int updated = jdbc.sql("update " + DEADLINES + " set due_at = ?, done_at = null, office_id = coalesce(?, office_id)"
            + " where business_key = ? and deadline_id = ?")
        .params(timestamp(task.getDueDate()), office, key, deadlineId).update();
    if (updated == 0) {
      jdbc.sql("insert into " + DEADLINES + " (business_key, deadline_id, office_id, due_at) values (?, ?, ?, ?)")
          .params(key, deadlineId, office, timestamp(task.getDueDate())).update();
    }
  }

  /** The step bound to the deadline was done. */
  void deadlineDone(DelegateTask task, String deadlineId) {
    jdbc.sql("update " + DEADLINES + " set done_at = ? where business_key = ? and deadline_id = ?")
        .params(now(), task.getExecution().getProcessBusinessKey(), deadlineId).update();
  }

  /** The deadline's timer fired while its step was open. */
  void deadlineBreached(DelegateExecution execution, String deadlineId) {
    jdbc.sql("update " + DEADLINES + " set breached_at = coalesce(breached_at, ?)"
            + " where business_key = ? and deadline_id = ?")
        .params(now(), execution.getProcessBusinessKey(), deadlineId).update();
  }

  // --- complaints ---

  void complaintReceived(DelegateExecution execution) {
    String id = execution.getProcessInstanceId();
    if (jdbc.sql("select count(*) from " + COMPLAINTS + " where complaint_id = ?").param(id).query(Long.class)
        .single() > 0) {
      return;
    }
    Date received = date(execution.getVariable(CaseVariables.RECEIVED_AT));
    jdbc.sql("insert into " + COMPLAINTS + " (complaint_id, case_business_key, standard, office_id, region,"
            + " received_at) values (?, ?, ?, ?, ?, ?)")
        .params(id, text(execution, CaseVariables.CASE_BUSINESS_KEY), text(execution, CaseVariables.STANDARD),
            text(execution, "reviewOfficeId"), region(text(execution, CaseVariables.REGION)),
            timestamp(received != null ? received : EngineClock.now()))
        .update();
  }

  void complaintReviewDue(DelegateTask task) {
    if (task.getDueDate() != null) {
      jdbc.sql("update " + COMPLAINTS + " set due_at = ? where complaint_id = ?")
          .params(timestamp(task.getDueDate()), task.getProcessInstanceId()).update();
    }
  }

  void complaintOverdue(DelegateExecution execution) {
    jdbc.sql("update " + COMPLAINTS + " set breached_at = coalesce(breached_at, ?) where complaint_id = ?")
        .params(now(), execution.getProcessInstanceId()).update();
  }

  void complaintClosed(DelegateExecution execution) {
    complaintReceived(execution);
    jdbc.sql("update " + COMPLAINTS + " set answered_at = ?, decision = ? where complaint_id = ?")
        .params(now(), truncate(text(execution, "complaintDecision"), 32), execution.getProcessInstanceId()).update();
  }

  // --- helpers ---

  private boolean exists(String key) {
    return jdbc.sql("select count(*) from " + CASES + " where business_key = ?").param(key).query(Long.class)
        .single() > 0;
  }

  /** The office of the standard's deciding body for this case, where the directory knows it. */
  private Optional<String> decidingOffice(VariableScope execution, String standard) {
    try {
      String body = catalogue.get(standard).decidingBody();
      OfficeKind kind = "akim".equals(body) ? OfficeKind.akimat : OfficeKind.valueOf(body);
      Optional<OfficeRole> role = OfficeRole.of(kind).stream().findFirst();
      return role.map(r -> router.resolve(execution, r.name()).office().id());
    } catch (RuntimeException e) { // no office of that kind for the applicant's district: the intake office stands
      return Optional.empty();
    }
  }

  static String region(String value) {
    return value == null ? null : Region.parse(value).map(Region::slug).orElse(truncate(value, 32));
  }

  static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  private static Date date(Object value) {
    return value instanceof Date date ? date : null;
  }

  static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  private static Timestamp now() {
    return timestamp(EngineClock.now());
  }
}
