package kz.qyzmet.documents;

import kz.qyzmet.cases.CaseVariables;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kz.qyzmet.calendar.StatutoryCalendar;
import kz.qyzmet.catalogue.Deadlines;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeStore;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues the documents the applicant takes home, in the transaction of the case step that hands them out: the intake's
 * receipt (item 14.2) or refusal receipt (item 16), the complaint's talon (item 25) and the result (certificate,
 * decision, referral, reasoned refusal; item 5 of each standard). A document is filled and stored once, as XHTML (its
 * PDF follows on the first read, {@link DocumentPdfs}); a second call for the same case, kind and language returns the
 * stored one. A template error throws, so the engine rolls the step back: no step without its document, no
 * half-written document.
 */
@Component("documents")
public class Documents {

  public static final String RECEIPT = "receipt";
  public static final String REFUSAL_RECEIPT = "refusalReceipt";
  public static final String COMPLAINT_TALON = "complaintTalon";
  /** The template of every document but an annex form (documents/templates/document.html). */
  static final String DOCUMENT_TEMPLATE = "document";
  /** The variable a hand-out step's form reads to show the link to print the result. */
  public static final String RESULT_DOCUMENT_URL = kz.qyzmet.cases.CaseVariables.RESULT_DOCUMENT_URL;
  /** The variable with the applicant's choice of document language ("ru" for Russian; Kazakh otherwise). */
  public static final String LANGUAGE = kz.qyzmet.cases.CaseVariables.DOCUMENT_LANGUAGE;

  private static final Logger log = LoggerFactory.getLogger(Documents.class);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final PdfRenderer renderer;
  private final DocumentStore store;
  private final DocumentTexts texts;
  private final StandardsCatalogue catalogue;
  private final OfficeStore offices;
  private final Deadlines deadlines;
  private final StatutoryCalendar calendar;
  private final SurveyLinks surveys;
  private final JdbcClient jdbc;
  private final String publicBaseUrl;

  Documents(PdfRenderer renderer, DocumentStore store, DocumentTexts texts, StandardsCatalogue catalogue,
      OfficeStore offices, Deadlines deadlines, StatutoryCalendar calendar, SurveyLinks surveys, JdbcClient jdbc,
      @Value("${qyzmet.documents.public-base-url}") String publicBaseUrl) {
    this.renderer = renderer;
    this.store = store;
    this.texts = texts;
    this.catalogue = catalogue;
    this.offices = offices;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.surveys = surveys;
    this.jdbc = jdbc;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  /** What a document says, before it is rendered. */
  public record Draft(String businessKey, String caseKey, String kind, String language, String template,
      String title, Instant issuedAt, Map<String, Object> model) {}

  /** A labelled line of a document. */
  public record Row(String label, String value) {}

  // ---------------------------------------------------------------------------------------------------------- issue

  /**
   * Fills the draft's template and stores the document as that XHTML, or returns the document already issued for its
   * case, kind and language. What the document says is fixed here; its PDF is rendered on the first read
   * ({@link DocumentPdfs}), outside the case step's transaction.
   */
  public IssuedDocument issue(Draft draft) {
    Optional<IssuedDocument> existing = store.find(draft.businessKey(), draft.kind(), draft.language());
    if (existing.isPresent()) {
      return existing.get();
    }
    String xhtml = renderer.html(draft.template(), draft.model(), draft.language());
    IssuedDocument document = new IssuedDocument(UUID.randomUUID().toString(), draft.businessKey(), draft.caseKey(),
        draft.kind(), draft.language(), draft.title(), draft.issuedAt(), null);
    store.insert(document, xhtml);
    log.info("Issued document {} of kind {} ({} characters of XHTML)", document.id(), document.kind(),
        xhtml.length());
    return document;
  }

  /**
   * Start listener of every standard (through the intake): the receipt of item 14.2, or the refusal receipt of item
   * 16 when the set of documents is incomplete.
   */
  public IssuedDocument issueReceipt(DelegateExecution execution) {
    Draft draft = receipt(execution::getVariable, DocumentTexts.language(execution.getVariable(LANGUAGE)),
        userId(execution), office((String) execution.getVariable(CaseVariables.INTAKE_OFFICE_ID)).orElse(null),
        DocumentStore.now());
    IssuedDocument document = issue(draft);
    execution.setVariable(CaseVariables.RECEIPT_DOCUMENT_ID, document.id());
    return document;
  }

  /** Start listener of the complaint: the talon of item 25, with the term of the answer. */
  public IssuedDocument issueTalon(DelegateExecution execution, Date answerDue) {
    String registeredBy = (String) execution.getVariable("registeredBy");
    Draft draft = talon(execution::getVariable, execution.getProcessBusinessKey(),
        registeredBy != null ? registeredBy : userId(execution),
        office((String) execution.getVariable("reviewOfficeId")).orElse(null),
        DocumentTexts.language(execution.getVariable(LANGUAGE)), answerDue, DocumentStore.now());
    IssuedDocument document = issue(draft);
    execution.setVariable(CaseVariables.TALON_DOCUMENT_ID, document.id());
    return document;
  }

  /**
   * The result document of the case whose step {@code task} hands the result out ({@link ResultHandOut}); nothing
   * while the case has no result yet. The task gets the link to print it ({@link #RESULT_DOCUMENT_URL}), which its
   * form shows.
   */
  public Optional<IssuedDocument> issueResult(DelegateTask task) {
    String officeId = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId().substring(0, Math.max(0, link.getGroupId().lastIndexOf('.'))))
        .filter(id -> !id.isEmpty()).findFirst().orElse(null);
    Optional<IssuedDocument> document = issueResult(task.getExecution(), officeId);
    // On the task's process (the case, or the result-issue block, which hands it back to the case).
    document.ifPresent(d -> task.getExecution().getProcessInstance().setVariable(RESULT_DOCUMENT_URL, documentPath(d)));
    return document;
  }

  /**
   * The result document of the case {@code execution} belongs to (a building block finds its case through its
   * caller), issued by the office {@code officeId} (the case's intake office when null); nothing while the case has no
   * result, or when it was refused at intake (the refusal receipt is its paper).
   */
  public Optional<IssuedDocument> issueResult(DelegateExecution execution, String officeId) {
    DelegateExecution root = root(execution);
    Object result = root.getVariable(CaseVariables.RESULT);
    if (result == null || root.getVariable(CaseVariables.STANDARD) == null
        || root.getVariable(CaseVariables.CASE_NUMBER) == null
        || Boolean.FALSE.equals(root.getVariable(CaseVariables.DOCUMENTS_COMPLETE))) {
      return Optional.empty();
    }
    Office office = office(officeId).orElse(null);
    return Optional.of(issue(result(root::getVariable, result.toString(),
        office != null ? office : office((String) root.getVariable(CaseVariables.INTAKE_OFFICE_ID)).orElse(null),
        DocumentTexts.language(root.getVariable(LANGUAGE)), DocumentStore.now())));
  }

  public String documentPath(IssuedDocument document) {
    return "/api/applications/" + document.businessKey() + "/documents/" + document.id();
  }

  private static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution current = execution.getProcessInstance();
    while (current.getSuperExecution() != null) {
      current = current.getSuperExecution().getProcessInstance();
    }
    return current;
  }

  // ------------------------------------------------------------------------------------------------------- drafts

  /** The receipt's draft from the case's intake variables. */
  public Draft receipt(Function<String, Object> variables, String language, String userId, Office office,
      Instant now) {
    Standard standard = catalogue.get(text(variables, CaseVariables.STANDARD));
    String businessKey = text(variables, CaseVariables.CASE_NUMBER);
    boolean complete = !Boolean.FALSE.equals(variables.apply(CaseVariables.DOCUMENTS_COMPLETE));
    String kind = complete ? RECEIPT : REFUSAL_RECEIPT;
    Map<String, String> t = texts.labels(language);
    ZoneId zone = calendar.zone(text(variables, Deadlines.OFFICE_ZONE));
    Date acceptedAt = (Date) variables.apply(CaseVariables.ACCEPTED_AT);

    Map<String, Object> model = common(language, t.get(kind), businessKey, now, zone, office);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(t.get("caseNumber"), businessKey));
    rows.add(new Row(t.get("acceptedAt"), format(acceptedAt.toInstant(), zone)));
    rows.add(new Row(t.get("service"), service(standard, language)));
    model.put("rows", rows);
    List<String> accepted = documentNames(standard, text(variables, CaseVariables.DOCUMENTS_PRESENTED), language);
    model.put("accepted", accepted);
    model.put("acceptedTitle", t.get("documentsAccepted") + " (" + t.get("count") + ": " + accepted.size() + ")");
    List<Row> after = new ArrayList<>();
    if (complete) {
      Date expected = deadlines.expectedResult(standard, text(variables, CaseVariables.CHANNEL), acceptedAt,
          zone.getId(), text(variables, Deadlines.OFFICE_HOURS));
      after.add(new Row(t.get("resultAt"), expected == null ? t.get("resultOnTheSpot")
          : format(expected.toInstant(), zone)));
      after.add(new Row(t.get("resultPlace"), office == null ? "" : office.name() + ", " + office.address()));
      model.put("missing", List.of());
    } else {
      model.put("missing", documentNames(standard, text(variables, CaseVariables.MISSING_DOCUMENTS), language));
      boolean atCentre = !"branch".equals(text(variables, CaseVariables.CHANNEL));
      standard.refusalGrounds().stream()
          .filter(g -> atCentre && g.code().equals("incompleteDocumentsAtPsc")).findFirst()
          .or(() -> standard.refusalGrounds().stream().filter(g -> g.code().equals("incompleteDocuments"))
              .findFirst())
          .ifPresent(g -> after.add(new Row(t.get("refusalGround"), g.text().in(Locale.forLanguageTag(language)))));
    }
    after.add(new Row(t.get("employee"), employeeName(userId)));
    after.add(new Row(t.get("applicant"), fullName(variables, "applicant")));
    String representative = fullName(variables, "representative");
    if (!representative.isEmpty()) {
      after.add(new Row(t.get("representative"), representative));
    }
    after.add(new Row(t.get("phone"), joinNonBlank(", ", text(variables, CaseVariables.APPLICANT_PHONE),
        text(variables, CaseVariables.REPRESENTATIVE_PHONE))));
    model.put("after", after);
    model.put("citation", citation(language, standard, texts.requirement(kind, standard.code()).orElse(null)));
    return new Draft(businessKey, null, kind, language, DOCUMENT_TEMPLATE, t.get(kind), now, model);
  }

  /** The complaint's talon (item 25): number, date, who took it, who reviews it, when the answer is due. */
  public Draft talon(Function<String, Object> variables, String number, String registeredBy, Office reviewOffice,
      String language, Date answerDue, Instant now) {
    Map<String, String> t = texts.labels(language);
    ZoneId zone = calendar.zone(text(variables, Deadlines.OFFICE_ZONE));
    String standardCode = text(variables, CaseVariables.STANDARD);
    Standard standard = standardCode == null ? null : catalogue.find(standardCode).orElse(null);
    Map<String, Object> model = common(language, t.get(COMPLAINT_TALON), number, now, zone, reviewOffice);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(t.get("complaintNumber"), number));
    rows.add(new Row(t.get("acceptedAt"),
        format(((Date) variables.apply(CaseVariables.RECEIVED_AT)).toInstant(), zone)));
    if (standard != null) {
      rows.add(new Row(t.get("service"), service(standard, language)));
    }
    if (text(variables, CaseVariables.CASE_BUSINESS_KEY) != null) {
      rows.add(new Row(t.get("caseRef"), text(variables, CaseVariables.CASE_BUSINESS_KEY)));
    }
    rows.add(new Row(t.get("applicant"), fullName(variables, "complainant")));
    rows.add(new Row(t.get("registeredBy"), employeeName(registeredBy)));
    rows.add(new Row(t.get("reviewBody"), text(variables, CaseVariables.REVIEW_BODY)));
    rows.add(new Row(t.get("answerDue"), answerDue == null ? "" : format(answerDue.toInstant(), zone)));
    rows.add(new Row(t.get("follow"), joinNonBlank(", ", reviewOffice == null ? null : reviewOffice.phone(),
        reviewOffice == null ? null : reviewOffice.email(), publicBaseUrl + "/api/complaints/" + number)));
    rows.add(new Row(t.get("answerBy"), ""));
    model.put("rows", rows);
    model.put("citation", standard == null ? t.get("decree")
        : citation(language, standard, texts.requirement(COMPLAINT_TALON, standard.code()).orElse(null)));
    return new Draft(number, text(variables, CaseVariables.CASE_BUSINESS_KEY), COMPLAINT_TALON, language,
        DOCUMENT_TEMPLATE, t.get(COMPLAINT_TALON), now, model);
  }

  /** The result document: the catalogue's result (its name, item 5 and line) with what the case decided. */
  public Draft result(Function<String, Object> variables, String resultCode, Office office, String language,
      Instant now) {
    Standard standard = catalogue.get(text(variables, CaseVariables.STANDARD));
    Standard.Result result = standard.results().stream().filter(r -> r.code().equals(resultCode)).findFirst()
        .orElseThrow(() -> new IllegalStateException(standard.code() + " has no result " + resultCode
            + " in the catalogue"));
    Map<String, String> t = texts.labels(language);
    String businessKey = text(variables, CaseVariables.CASE_NUMBER);
    ZoneId zone = calendar.zone(text(variables, Deadlines.OFFICE_ZONE));
    String title = result.name().in(Locale.forLanguageTag(language));
    Map<String, Object> model = common(language, title, businessKey, now, zone, office);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(t.get("caseNumber"), businessKey));
    rows.add(new Row(t.get("service"), service(standard, language)));
    rows.add(new Row(t.get("applicant"), fullName(variables, "applicant")));
    if (text(variables, CaseVariables.APPLICANT_IIN) != null) {
      rows.add(new Row(t.get("iin"), text(variables, CaseVariables.APPLICANT_IIN)));
    }
    for (DocumentTexts.Field field : texts.fields()) {
      String value = text(variables, field.variable());
      if (value != null && !value.isBlank()) {
        rows.add(new Row(field.label(language), value));
      }
    }
    model.put("rows", rows);
    Optional<DocumentTexts.Citation> form = texts.annexForm(resultCode)
        .filter(annex -> annex.standard().equals(standard.code()));
    String template = DOCUMENT_TEMPLATE;
    if (form.isPresent()) {
      template = "annex-" + standard.code().toLowerCase() + "-" + form.get().annex();
      model.put("year", Objects.toString(variables.apply("tsaYear"), ""));
      model.put("quarter", Objects.toString(variables.apply("tsaQuarter"), ""));
      model.put("registrationNumber", Objects.toString(variables.apply("tsaRegistrationNumber"), ""));
      model.put("members", List.of(fullName(variables, "applicant")));
      model.put("tsaText", t.get("tsaText").replace("{year}", Objects.toString(model.get("year")))
          .replace("{quarter}", Objects.toString(model.get("quarter"))));
    }
    String citation = citation(language, standard, new DocumentTexts.Citation(result.item(), result.line(), null,
        null));
    model.put("citation", form.map(f -> citation + "; " + annexCitation(language, f)).orElse(citation));
    return new Draft(businessKey, null, resultCode, language, template, title, now, model);
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private Map<String, Object> common(String language, String title, String businessKey, Instant now, ZoneId zone,
      Office office) {
    Map<String, String> t = texts.labels(language);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("t", t);
    model.put("lang", language);
    model.put("title", title);
    model.put("number", businessKey);
    model.put("issuedAt", format(now, zone));
    model.put("office", office);
    String statusUrl = publicBaseUrl + "/api/applications/" + businessKey;
    model.put("statusUrl", statusUrl);
    model.put("qrStatus", QrCodes.reference(statusUrl));
    Optional<String> survey = surveys.surveyUrl(businessKey);
    model.put("surveyUrl", survey.orElse(null));
    model.put("qrSurvey", survey.map(QrCodes::reference).orElse(null));
    return model;
  }

  private Optional<Office> office(String id) {
    return id == null ? Optional.empty() : offices.find(id);
  }

  private String service(Standard standard, String language) {
    return standard.title().in(Locale.forLanguageTag(language));
  }

  /** The documents by their catalogue names in the document's language (kk or ru). */
  private static List<String> documentNames(Standard standard, String codes, String language) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    Locale locale = Locale.forLanguageTag(language);
    return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
        .map(code -> standard.document(code).map(d -> d.name().in(locale))
            .or(() -> standard.documentAlternatives().stream().filter(a -> a.code().equals(code)).findFirst()
                .map(a -> a.name().in(locale)))
            .orElse(code))
        .toList();
  }

  /** "1059 қаулысы, 1-қосымша (S01), 14.2-тармақ, 688-жол" / "... приложение 1 (S01), пункт 14.2, строка 688". */
  private String citation(String language, Standard standard, DocumentTexts.Citation citation) {
    Map<String, String> t = texts.labels(language);
    boolean ru = DocumentTexts.RUSSIAN.equals(language);
    StringBuilder text = new StringBuilder(t.get("decree")).append(", ")
        .append(ru ? t.get("annex") + " " + standard.annex() : standard.annex() + "-" + t.get("annex"))
        .append(" (").append(standard.code()).append(")");
    if (citation != null && citation.item() != null) {
      text.append(", ").append(ru ? t.get("item") + " " + citation.item() : citation.item() + "-" + t.get("item"));
    }
    if (citation != null && citation.line() != null) {
      text.append(", ").append(ru ? t.get("line") + " " + citation.line() : citation.line() + "-" + t.get("line"));
    }
    return text.toString();
  }

  private String annexCitation(String language, DocumentTexts.Citation form) {
    Map<String, String> t = texts.labels(language);
    return DocumentTexts.RUSSIAN.equals(language)
        ? t.get("annex") + " " + form.annex() + ", " + t.get("line") + " " + form.line()
        : form.annex() + "-" + t.get("annex") + ", " + form.line() + "-" + t.get("line");
  }

  private static String format(Instant at, ZoneId zone) {
    var local = at.atZone(zone);
    return DATE_TIME.format(local) + " (UTC" + local.getOffset().getId().replace("Z", "+00:00") + ")";
  }

  private static String fullName(Function<String, Object> variables, String prefix) {
    return joinNonBlank(" ", text(variables, prefix + "Surname"), text(variables, prefix + "Name"),
        text(variables, prefix + "Patronymic"));
  }

  private static String joinNonBlank(String separator, String... parts) {
    return String.join(separator, Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
        .toList());
  }

  private static String text(Function<String, Object> variables, String name) {
    Object value = variables.apply(name);
    return value == null ? null : value.toString();
  }

  private static String userId(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /**
   * The employee's full name as the engine's user directory holds it (read from the table: a clerk may not read
   * users through the IdentityService); the user id when the user has no name, "—" when no one is logged in.
   */
  String employeeName(String userId) {
    if (userId == null) {
      return "—";
    }
    return jdbc.sql("select FIRST_, LAST_ from ACT_ID_USER where ID_ = ?").param(userId)
        .query((rs, n) -> joinNonBlank(" ", rs.getString(2), rs.getString(1))).optional()
        .filter(name -> !name.isBlank()).orElse(userId);
  }
}
