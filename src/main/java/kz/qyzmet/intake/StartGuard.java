package kz.qyzmet.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import kz.qyzmet.cases.CaseNumbers;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.messages.FieldErrors;
import kz.qyzmet.messages.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication; // engine-internal: the signed-in user the engine checks

/**
 * Who may hand the start listener of a standard an application that is already checked ({@code intakePrepared}).
 * Only Qyzmet's own code: the intake API, which checks the application before it starts the case, marks its start on
 * the thread ({@link #prepared}); engine code with no signed-in user (tests, the benchmark, a Java caller of the
 * engine) is trusted as well. A start by a signed-in user anywhere else (engine REST {@code start} and
 * {@code submit-form}, a Tasklist start form) is checked by the intake like a form: only the start form's fields may
 * be set (nothing the intake itself writes, such as {@code intakePrepared}, {@code intakeOfficeId} or
 * {@code acceptedAt}), and the business key (the receipt number) is made by Qyzmet, never chosen by the caller. An
 * explicit {@code officeId} is refused unless the signed-in user works in that office (or administers the engine).
 */
public final class StartGuard {

  /**
   * Variables a start form of a standard sets (forms/*-application.form, s09-intake, s13-intake): nothing else may
   * come with a start that the intake has not prepared.
   */
  static final Set<String> START_FORM_FIELDS = Set.of(CaseVariables.CHANNEL, CaseVariables.SUBTYPE,
      CaseVariables.APPLICANT_IIN, CaseVariables.APPLICANT_SURNAME, CaseVariables.APPLICANT_NAME,
      CaseVariables.APPLICANT_PATRONYMIC, CaseVariables.APPLICANT_PHONE, CaseVariables.APPLICANT_ADDRESS,
      CaseVariables.REGION, CaseVariables.DISTRICT, CaseVariables.DOCUMENTS, CaseVariables.OFFICE_ID,
      CaseVariables.DEPOSITOR_IIN, CaseVariables.MOBILE_VISIT, "certificateFor", CaseVariables.REPRESENTATIVE_SURNAME,
      CaseVariables.REPRESENTATIVE_NAME, CaseVariables.REPRESENTATIVE_PATRONYMIC, CaseVariables.REPRESENTATIVE_PHONE,
      CaseVariables.PEOPLE_AHEAD_IN_QUEUE);

  private static final ThreadLocal<String> PREPARED = new ThreadLocal<>();

  /** The execution whose start the intake has just checked on this thread (its listener runs once per start). */
  private static final ThreadLocal<String> CHECKED = new ThreadLocal<>();

  private StartGuard() {}

  static void checked(DelegateExecution execution) {
    CHECKED.set(execution.getId());
  }

  /** Whether the intake has checked this execution's start already (and forgets it: a start is checked once). */
  static boolean alreadyChecked(DelegateExecution execution) {
    boolean checked = execution.getId().equals(CHECKED.get());
    if (checked) {
      CHECKED.remove();
    }
    return checked;
  }

  /** Runs {@code start}, the intake API's own start of the case {@code businessKey}, as one the intake prepared. */
  public static <T> T prepared(String businessKey, Supplier<T> start) {
    String before = PREPARED.get();
    PREPARED.set(businessKey);
    try {
      return start.get();
    } finally {
      if (before == null) {
        PREPARED.remove();
      } else {
        PREPARED.set(before);
      }
    }
  }

  /**
   * Whether the start of {@code execution} was prepared by the intake (and may skip its checks); otherwise checks
   * what a caller outside Qyzmet may set, throwing {@link BadUserRequestException} naming each variable. Either way
   * an explicit officeId must be one the signed-in user may route to.
   */
  static boolean preparedByIntake(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String key = execution.getProcessBusinessKey();
    boolean claimed = Boolean.TRUE.equals(execution.getVariable(CaseVariables.INTAKE_PREPARED));
    boolean trusted = claimed && (user == null || (key != null && key.equals(PREPARED.get())));
    List<String> problems = new ArrayList<>();
    List<FieldErrors.FieldError> shown = new ArrayList<>();
    if (!trusted && user != null) {
      Set<String> foreign = new TreeSet<>(execution.getVariableNames());
      foreign.removeAll(START_FORM_FIELDS);
      for (String name : foreign) {
        problems.add(Messages.text("problem.invalidRequest.violation", name, Messages.text("start.setByIntake")));
        shown.add(FieldErrors.of(name, Messages.text("rule.setByIntake")));
      }
      if (key != null && !key.isBlank()) {
        problems.add(Messages.text("problem.invalidRequest.violation", "businessKey",
            Messages.text("start.businessKeyChosen")));
        shown.add(FieldErrors.of("businessKey", Messages.text("rule.businessKey.madeByQyzmet")));
      }
    }
    Object officeId = execution.getVariable(CaseVariables.OFFICE_ID);
    if (user != null && officeId != null && !String.valueOf(officeId).isBlank()
        && !mayRouteTo(user, String.valueOf(officeId).strip())) {
      problems.add(Messages.text("problem.invalidRequest.violation", CaseVariables.OFFICE_ID,
          Messages.text("rule.officeId.notUsersOffice", String.valueOf(officeId).strip(), user.getUserId())));
      shown.add(FieldErrors.of(CaseVariables.OFFICE_ID,
          Messages.text("rule.officeId.notYours", String.valueOf(officeId).strip())));
    }
    if (!problems.isEmpty()) {
      FieldErrors.remember(shown);
      throw new BadUserRequestException(Messages.text("start.refused", String.join("; ", problems)));
    }
    return trusted;
  }

  /**
   * Keeps the case's business key unique among the cases of its standard (read without the caller's authorizations,
   * which see only her office's cases): a receipt number already taken gets new random characters (and the case's
   * {@code caseNumber} follows); any other key already taken is refused. Returns the key.
   */
  static String keepUnique(DelegateExecution execution, String standard) {
    String key = execution.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      return key;
    }
    var history = execution.getProcessEngineServices().getHistoryService();
    String candidate = key;
    for (int attempt = 0; taken(history, standard, candidate); attempt++) {
      if (!RECEIPT.matcher(candidate).matches() || attempt > 10) {
        throw new BadUserRequestException(Messages.text("problem.invalidRequest.violation", "businessKey",
            Messages.text("start.businessKeyTaken", candidate, standard)));
      }
      String fresh = CaseNumbers.next("", java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
      candidate = candidate.substring(0, candidate.length() - CaseNumbers.RANDOM_CHARACTERS)
          + fresh.substring(fresh.length() - CaseNumbers.RANDOM_CHARACTERS);
    }
    if (!candidate.equals(key)) {
      execution.setProcessBusinessKey(candidate);
      if (execution.hasVariable(CaseVariables.CASE_NUMBER)) {
        execution.setVariable(CaseVariables.CASE_NUMBER, candidate);
      }
    }
    return candidate;
  }

  private static final java.util.regex.Pattern RECEIPT =
      java.util.regex.Pattern.compile("[A-Z0-9]+-\\d{6}-[A-Z0-9]{" + CaseNumbers.RANDOM_CHARACTERS + "}");

  private static boolean taken(org.camunda.bpm.engine.HistoryService history, String standard, String key) {
    Supplier<Long> count = () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(standard)
        .processInstanceBusinessKey(key).count();
    var context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
    return (context == null ? count.get() : context.runWithoutAuthorization(count::get)) > 0;
  }

  /** The intake API's check of an explicit officeId: a 400 naming the field when the caller may not route there. */
  static void checkOffice(Authentication user, String officeId) {
    if (user != null && officeId != null && !officeId.isBlank() && !mayRouteTo(user, officeId.strip())) {
      throw new kz.qyzmet.api.InvalidRequestException("officeId",
          Messages.text("rule.officeId.notUsersOffice", officeId.strip(), user.getUserId()));
    }
  }

  /**
   * A moment of the application (arrival, start of service) lies between the decree (17 August 2012) and now, give
   * or take five minutes of clock difference between the terminal and the server.
   */
  static void moment(List<kz.qyzmet.api.InvalidRequestException.Violation> violations, String field,
      java.time.OffsetDateTime value) {
    if (value == null) {
      return;
    }
    java.time.Instant now = kz.qyzmet.cases.EngineClock.instant();
    if (value.toInstant().isAfter(now.plus(java.time.Duration.ofMinutes(5)))) {
      violations.add(new kz.qyzmet.api.InvalidRequestException.Violation(field, Messages.text("rule.moment.future")));
    } else if (value.getYear() < 2012) {
      violations.add(new kz.qyzmet.api.InvalidRequestException.Violation(field,
          Messages.text("rule.moment.before2012")));
    }
  }

  /** An office a user may name explicitly: one of whose groups ({@code <officeId>.<role>}) she is in; admins any. */
  static boolean mayRouteTo(Authentication user, String officeId) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(g -> g.startsWith(officeId + "."));
  }
}
