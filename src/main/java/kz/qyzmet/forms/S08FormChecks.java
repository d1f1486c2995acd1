package kz.qyzmet.forms;

import kz.qyzmet.messages.FieldErrors;
import kz.qyzmet.messages.Messages;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * S08's rules that its forms cannot state, checked when the MSE department completes a step (see {@link FormCheck}):
 *
 * <ul>
 *   <li>{@code s08-documents}: when the documents are accepted as valid, form 088/у must not be older than the
 *       catalogue's norm "referralValidity" (one month, S08 item 11.2, line 28184) and the occupational-disease
 *       conclusion, where presented, not older than "occupationalConclusionValidity" (two years, item 11.11, line
 *       28220), both counted back from the submission of the documents (acceptedAt) and neither dated after it. A
 *       document that really is out of date is marked missing instead (item 16.1), which these rules let through.</li>
 *   <li>{@code s08-examination}: an examination at a place of item 7.4 (line 28130; catalogue norm
 *       "serviceTimeOffSite" and its sub-types) needs the moment the panel left the authority and the moment the
 *       service at the place ended, the end after the start: the diagram measures the norm from them.</li>
 * </ul>
 */
@Component
public class S08FormChecks implements FormCheck {

  static final String DOCUMENTS_FORM = "s08-documents";
  static final String EXAMINATION_FORM = "s08-examination";

  private final StandardsCatalogue catalogue;
  private final Deadlines deadlines;

  public S08FormChecks(StandardsCatalogue catalogue, Deadlines deadlines) {
    this.catalogue = catalogue;
    this.deadlines = deadlines;
  }

  @Override
  public boolean appliesTo(String formId) {
    return DOCUMENTS_FORM.equals(formId) || EXAMINATION_FORM.equals(formId);
  }

  @Override
  public List<FormRules.Violation> check(String formId, Function<String, Object> values, VariableScope task) {
    List<FormRules.Violation> violations = new ArrayList<>();
    if (!"S08".equals(task.getVariable(Deadlines.STANDARD))) {
      return violations;
    }
    Standard s08 = catalogue.get("S08");
    String zone = (String) task.getVariable(Deadlines.OFFICE_ZONE);
    if (DOCUMENTS_FORM.equals(formId)) {
      if (!"valid".equals(String.valueOf(values.apply("documentsCheck")))) {
        return violations; // refused (errors, missing): the dates are not what the refusal rests on
      }
      Date accepted = (Date) task.getVariable(CaseVariables.ACCEPTED_AT);
      // Required by the form itself.
      dated(violations, s08, values, zone, accepted, "referralIssuedAt", FieldErrors.label("s08.referralIssuedAt"),
          "referralValidity", false);
      String presented = String.valueOf(task.getVariable(CaseVariables.DOCUMENTS_PRESENTED));
      dated(violations, s08, values, zone, accepted, "conclusionIssuedAt",
          FieldErrors.label("s08.conclusionIssuedAt"), "occupationalConclusionValidity",
          List.of(presented.split(",")).contains("occupationalDiseaseConclusion"));
    } else if (deadlines.applies(task, "serviceTimeOffSite")) {
      Standard.Deadline offSite = s08.deadline("serviceTimeOffSite").orElseThrow();
      String citation = offSite.citation("S08", Messages.language());
      Date started = moment(violations, values, zone, offSite.start(), startedLabel());
      Date ended = moment(violations, values, zone, OFF_SITE_END, endedLabel());
      if (values.apply(offSite.start()) == null) {
        violations.add(new FormRules.Violation(offSite.start(), startedLabel(),
            Messages.text("form.rule.offSiteTimeRequired", citation)));
      }
      if (values.apply(OFF_SITE_END) == null) {
        violations.add(new FormRules.Violation(OFF_SITE_END, endedLabel(),
            Messages.text("form.rule.offSiteTimeRequired", citation)));
      }
      if (started != null && ended != null && !ended.after(started)) {
        violations.add(new FormRules.Violation(OFF_SITE_END, endedLabel(),
            Messages.text("form.rule.offSiteEndAfterStart", citation)));
      }
    }
    return violations;
  }

  /** The variable holding the end of the off-site service (its start is the catalogue norm's start variable). */
  public static final String OFF_SITE_END = "offSiteServiceEndedAt";
  /** The off-site times' labels in the reader's language. */
  static String startedLabel() {
    return FieldErrors.label("s08.offSiteServiceStartedAt");
  }

  static String endedLabel() {
    return FieldErrors.label("s08." + OFF_SITE_END);
  }

  private Date moment(List<FormRules.Violation> violations, Function<String, Object> values, String zone, String key,
      String label) {
    Object value = values.apply(key);
    Date moment = deadlines.moment(value, zone);
    if (value != null && !value.toString().isBlank() && moment == null) {
      violations.add(new FormRules.Violation(key, label, Messages.text("form.rule.dateTimeFormat")));
    }
    return moment;
  }

  /** A document's date against its validity norm, counted back from the submission of the documents. */
  private void dated(List<FormRules.Violation> violations, Standard s08, Function<String, Object> values, String zone,
      Date accepted, String key, String label, String normId, boolean required) {
    Standard.Deadline norm = s08.deadline(normId).orElseThrow();
    String citation = norm.citation("S08", Messages.language());
    Object value = values.apply(key);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        violations.add(new FormRules.Violation(key, label, Messages.text("form.rule.documentDateRequired", citation)));
      }
      return;
    }
    Date issued = moment(violations, values, zone, key, label);
    if (issued == null || accepted == null) {
      return;
    }
    if (issued.after(accepted)) {
      violations.add(new FormRules.Violation(key, label,
          Messages.text("form.rule.documentDateAfterAcceptance", citation)));
    } else if (deadlines.due(norm, issued, zone).before(accepted)) {
      violations.add(new FormRules.Violation(key, label,
          Messages.text("form.rule.documentExpired", Deadlines.term(norm, Messages.language()), citation)));
    }
  }
}
