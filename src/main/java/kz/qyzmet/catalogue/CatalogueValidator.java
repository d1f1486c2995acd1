package kz.qyzmet.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import kz.qyzmet.catalogue.Standard.Deadline;

/** The rules every catalogue entry must keep; each problem names the file and the entry. */
final class CatalogueValidator {

  static final Set<String> CHANNELS = Set.of("psc", "mobilePsc", "branch", "portal", "mse", "employmentDept", "akim");
  static final Set<String> CHANNEL_PURPOSES = Set.of("application", "information");
  static final Set<String> SERVICE_FORMS = Set.of("automated", "partiallyAutomated", "nonAutomated");
  static final String CAMEL_CASE = "[a-z][A-Za-z0-9]*";
  /** The Ministry's complaint channels of item 21.2-21.6 (S01 lines 744-760). */
  static final Set<String> MINISTRY_COMPLAINT_CHANNELS = Set.of("trustPhone", "qaPage", "ministerBlog",
      "complaintsBox", "ministryOffice");

  private final List<String> problems = new ArrayList<>();
  private String file;
  private Standard standard;

  List<String> validate(String file, Standard standard) {
    this.file = file;
    this.standard = standard;
    if (!header()) {
      return problems;
    }
    channels();
    documents();
    documentAlternatives();
    subtypes();
    grounds("refusalGrounds", standard.refusalGrounds());
    grounds("terminationGrounds", standard.terminationGrounds());
    results();
    deadlines();
    ministryComplaintChannels();
    qualityIndicators();
    roles();
    return problems;
  }

  /** Code, annex lines, title, form of service, deciding body; false when the lines are unusable for the rest. */
  private boolean header() {
    if (standard.code() == null || !standard.code().matches("S\\d\\d")) {
      problem("code", "must be S followed by two digits, is " + standard.code());
    } else if (!file.equals(standard.code() + ".yaml")) {
      problem("code", standard.code() + " does not match the file name");
    }
    if (standard.lines() == null || standard.lines().size() != 2 || standard.lines().get(0) > standard.lines().get(1)) {
      problem("lines", "must be [first, last] line of the annex");
      return false;
    }
    require(standard.title() != null && notBlank(standard.title().kk()) && notBlank(standard.title().en()),
        "title", "needs kk and en");
    require(SERVICE_FORMS.contains(standard.serviceForm()), "serviceForm", "must be one of " + SERVICE_FORMS);
    line("serviceFormLine", standard.serviceFormLine());
    line("decidingBodyLine", standard.decidingBodyLine());
    require(!standard.channels().isEmpty(), "channels", "at least one channel");
    return true;
  }

  /** Where applications are made: known channels, each with its line. */
  private void channels() {
    unique("channels", standard.channels(), Standard.Channel::code);
    for (int i = 0; i < standard.channels().size(); i++) {
      var channel = standard.channels().get(i);
      String entry = "channels[" + i + "] (" + channel.code() + ")";
      require(CHANNELS.contains(channel.code()), entry, "channel must be one of " + CHANNELS);
      require(channel.purpose() == null || CHANNEL_PURPOSES.contains(channel.purpose()), entry,
          "purpose must be one of " + CHANNEL_PURPOSES);
      line(entry, channel.line());
    }
  }

  /**
   * The documents: camelCase codes, kk, en and ru names (receipts and refusals name them in the reader's language),
   * lines; a conditional one names its condition.
   */
  private void documents() {
    unique("documents", standard.documents(), Standard.Document::code);
    named("documents", standard.documents(), Standard.Document::code, Standard.Document::name,
        Standard.Document::line, (entry, document) -> {
          russian(entry, document.name());
          require(document.isRequired() || document.condition() != null, entry,
              "a document that is not always required needs its condition");
          require(document.replaces() == null || standard.document(document.replaces()).isPresent(), entry,
              "replaces " + document.replaces() + ", which is not in documents");
          for (String channel : document.channels()) {
            require(standard.channel(channel).filter(Standard.Channel::takesApplications).isPresent(), entry,
                "channel " + channel + " is not an application channel of the standard");
          }
        });
  }

  /** Groups of documents of which one is presented: at least two, each an optional document. */
  private void documentAlternatives() {
    named("documentAlternatives", standard.documentAlternatives(), Standard.Alternatives::code,
        Standard.Alternatives::name, Standard.Alternatives::line, (entry, alternatives) -> {
          russian(entry, alternatives.name());
          require(alternatives.documents() != null && alternatives.documents().size() >= 2, entry,
              "needs at least two documents");
          for (String document : alternatives.documents() == null ? List.<String>of() : alternatives.documents()) {
            require(standard.document(document).filter(d -> !d.isRequired()).isPresent(), entry,
                "document " + document + " must be in documents, with required: false");
          }
        });
  }

  /** Sub-types: their documents and channels are the standard's own. */
  private void subtypes() {
    unique("subtypes", standard.subtypes(), Standard.Subtype::code);
    named("subtypes", standard.subtypes(), Standard.Subtype::code, Standard.Subtype::name, Standard.Subtype::line,
        (entry, subtype) -> {
          russian(entry, subtype.name());
          require(subtype.documents() != null && !subtype.documents().isEmpty(), entry, "needs its documents");
          for (String document : subtype.documents() == null ? List.<String>of() : subtype.documents()) {
            require(standard.document(document).isPresent(), entry, "document " + document + " is not in documents");
          }
          for (String channel : subtype.channels() == null ? List.<String>of() : subtype.channels()) {
            require(standard.channel(channel).isPresent(), entry, "channel " + channel + " is not in channels");
          }
        });
  }

  /** Grounds of refusal (item 16 and para 2.9), then grounds of terminating a case. */
  private void grounds(String list, List<Standard.RefusalGround> grounds) {
    unique(list, grounds, Standard.RefusalGround::code);
    named(list, grounds, Standard.RefusalGround::code, Standard.RefusalGround::text, Standard.RefusalGround::line,
        (entry, ground) -> { });
  }

  /** The results: at least one. */
  private void results() {
    unique("results", standard.results(), Standard.Result::code);
    require(!standard.results().isEmpty(), "results", "at least one result");
    named("results", standard.results(), Standard.Result::code, Standard.Result::name, Standard.Result::line,
        (entry, result) -> { });
  }

  /** Terms: a timer or a norm with a positive value, its unit, the variable it starts from, its item and line. */
  private void deadlines() {
    unique("deadlines", standard.deadlines(), Deadline::id);
    for (int i = 0; i < standard.deadlines().size(); i++) {
      Deadline deadline = standard.deadlines().get(i);
      String entry = "deadlines[" + i + "] (" + deadline.id() + ")";
      code(entry, deadline.id());
      require(deadline.kind() != null, entry, "kind must be timer or norm");
      require(deadline.unit() != null, entry, "unit must be one of workingDays, calendarDays, months, hours, minutes");
      require(deadline.value() > 0, entry, "value must be positive, is " + deadline.value());
      require(deadline.start() != null && deadline.start().matches(CAMEL_CASE), entry,
          "start must name the process variable holding the moment the count starts");
      text(entry, deadline.startsFrom());
      // Russian deadline texts name what the count starts from too.
      require(deadline.startsFrom() == null || notBlank(deadline.startsFrom().ru()), entry + ".startsFrom",
          "needs ru text");
      require(notBlank(deadline.item()), entry, "needs the item of the standard");
      line(entry, deadline.line());
      require(!deadline.isPerPersonInQueue() || deadline.kind() == Deadline.Kind.norm && deadline.id().equals("waiting"),
          entry, "perPersonInQueue applies only to the waiting norm");
      for (String subtype : deadline.subtypes()) {
        require(standard.subtype(subtype).isPresent(), entry, "sub-type " + subtype + " is not in subtypes");
      }
    }
  }

  /** The Ministry's complaint channels section 5 lists (item 21.2-21.6), cited by the line of item 21. */
  private void ministryComplaintChannels() {
    for (String channel : standard.ministryComplaintChannels()) {
      require(MINISTRY_COMPLAINT_CHANNELS.contains(channel), "ministryComplaintChannels",
          channel + " is not one of " + MINISTRY_COMPLAINT_CHANNELS);
    }
    if (!standard.ministryComplaintChannels().isEmpty()) {
      line("ministryComplaintChannelsLine", standard.ministryComplaintChannelsLine());
    }
  }

  /** Quality indicators: named and cited. */
  private void qualityIndicators() {
    for (int i = 0; i < standard.qualityIndicators().size(); i++) {
      var indicator = standard.qualityIndicators().get(i);
      String entry = "qualityIndicators[" + i + "] (" + indicator.code() + ")";
      text(entry, indicator.name());
      line(entry, indicator.line());
      var measure = indicator.measure();
      require(measure != null && Standard.Measure.KINDS.contains(measure.kind()), entry,
          "measure.kind must be one of " + new java.util.TreeSet<>(Standard.Measure.KINDS));
      if (measure != null && "satisfaction".equals(measure.kind())) {
        require(notBlank(measure.question()), entry, "a satisfaction row names its survey question");
      }
      if (measure != null && "waitingWithin".equals(measure.kind())) {
        require(measure.value() != null && measure.value() > 0, entry, "waitingWithin needs value (minutes)");
      }
      if (measure != null && "notMeasured".equals(measure.kind())) {
        text(entry, measure.reading());
      }
    }

  }

  /** Who takes applications at each application channel, who decides, and a last complaint rule that always matches. */
  private void roles() {
    var roles = standard.roles();
    for (String channel : standard.applicationChannels(null)) {
      require(notBlank(roles.intake().get(channel)), "roles.intake", "needs the role taking applications at " + channel);
    }
    for (String channel : roles.intake().keySet()) {
      require(standard.channel(channel).isPresent(), "roles.intake", "channel " + channel + " is not in channels");
    }
    require(notBlank(roles.deciding()), "roles.deciding", "needs the role that decides");
    var review = roles.complaintReview();
    require(!review.isEmpty() && review.get(review.size() - 1).matches(null, null, null)
        && review.stream().allMatch(rule -> notBlank(rule.role())), "roles.complaintReview",
        "needs rules with a role each, the last one without conditions");
  }

  /**
   * Each entry of a list the annex names: a camelCase code, kk and en text, a line of the annex; then {@code own}
   * checks what is the entry's own. Problems name the entry as {@code list[index] (code)}.
   */
  private <T> void named(String list, List<T> entries, Function<T, String> code, Function<T, Standard.Text> text,
      Function<T, Integer> line, BiConsumer<String, T> own) {
    for (int i = 0; i < entries.size(); i++) {
      T value = entries.get(i);
      String entry = list + "[" + i + "] (" + code.apply(value) + ")";
      code(entry, code.apply(value));
      text(entry, text.apply(value));
      line(entry, line.apply(value));
      own.accept(entry, value);
    }
  }

  private void line(String entry, Integer line) {
    int first = standard.lines().get(0);
    int last = standard.lines().get(1);
    require(line != null && line >= first && line <= last, entry,
        "line " + line + " is outside the annex (lines " + first + "-" + last + ")");
  }

  private void code(String entry, String code) {
    require(code != null && code.matches(CAMEL_CASE), entry, "code must be camelCase English, is " + code);
  }

  private void text(String entry, Standard.Text text) {
    require(text != null && notBlank(text.kk()) && notBlank(text.en()), entry, "needs kk and en text");
  }

  /** A name a reader sees on her receipt or refusal: Russian too. */
  private void russian(String entry, Standard.Text text) {
    require(text == null || notBlank(text.ru()), entry, "needs ru text");
  }

  private <T> void unique(String list, List<T> entries, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T entry : entries) {
      require(seen.add(key.apply(entry)), list, "duplicate " + key.apply(entry));
    }
  }

  private void require(boolean holds, String entry, String rule) {
    if (!holds) {
      problem(entry, rule);
    }
  }

  private void problem(String entry, String rule) {
    problems.add(file + ": " + entry + ": " + rule);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
