package kz.qyzmet.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One state service standard of the decree (an annex of Resolution No. 1059), as the catalogue files state it. Every
 * number and text carries the item of the standard and the line of the decree text it comes from.
 *
 * <p>{@code ministryComplaintChannels}: the Ministry's complaint channels that section 5 of the standard lists (item
 * 21.2-21.6: trust phone, Q&amp;A page, minister's blog, complaints box, written complaint to its office), from
 * {@code ministryComplaintChannelsLine}; empty where the standard lists none (S08, S12, S13).
 */
public record Standard(
    String code,
    int annex,
    List<Integer> lines,
    Text title,
    String serviceForm,
    Integer serviceFormLine,
    String decidingBody,
    Integer decidingBodyLine,
    List<Channel> channels,
    List<Subtype> subtypes,
    List<Document> documents,
    List<Alternatives> documentAlternatives,
    List<RefusalGround> refusalGrounds,
    List<RefusalGround> terminationGrounds,
    List<Result> results,
    List<Deadline> deadlines,
    List<QualityIndicator> qualityIndicators,
    Roles roles,
    List<String> ministryComplaintChannels,
    Integer ministryComplaintChannelsLine) {

  public Standard {
    ministryComplaintChannels = List.copyOf(ministryComplaintChannels == null ? List.of() : ministryComplaintChannels);
    channels = List.copyOf(channels == null ? List.of() : channels);
    subtypes = List.copyOf(subtypes == null ? List.of() : subtypes);
    documents = List.copyOf(documents == null ? List.of() : documents);
    documentAlternatives = List.copyOf(documentAlternatives == null ? List.of() : documentAlternatives);
    refusalGrounds = List.copyOf(refusalGrounds == null ? List.of() : refusalGrounds);
    terminationGrounds = List.copyOf(terminationGrounds == null ? List.of() : terminationGrounds);
    results = List.copyOf(results == null ? List.of() : results);
    deadlines = List.copyOf(deadlines == null ? List.of() : deadlines);
    qualityIndicators = List.copyOf(qualityIndicators == null ? List.of() : qualityIndicators);
    roles = roles == null ? new Roles(null, null, null) : roles;
  }

  /**
   * Who does what, as directory roles (OfficeRole names): who takes an application at each
   * channel, who decides, and who reviews a complaint about the service (the first rule that matches).
   */
  public record Roles(Map<String, String> intake, String deciding, List<ComplaintReview> complaintReview) {
    public Roles {
      intake = Map.copyOf(intake == null ? Map.of() : intake);
      complaintReview = List.copyOf(complaintReview == null ? List.of() : complaintReview);
    }
  }

  /**
   * A rule of who reviews a complaint: it matches when each condition given matches (the complaint's channel, what it
   * is about, the channel the case was taken at).
   */
  public record ComplaintReview(String complaintChannel, String concern, List<String> takenAt, String role) {
    public boolean matches(String channel, String concerns, String caseTakenAt) {
      return (complaintChannel == null || complaintChannel.equals(channel))
          && (concern == null || concern.equals(concerns))
          && (takenAt == null || takenAt.contains(caseTakenAt));
    }
  }

  /** The role that takes an application at this channel. */
  public String intakeRole(String channel) {
    return roles.intake().get(channel);
  }

  /** The role that reviews a complaint about this standard, or empty when no rule matches. */
  public Optional<String> complaintReviewRole(String complaintChannel, String concerns, String caseTakenAt) {
    return roles.complaintReview().stream().filter(rule -> rule.matches(complaintChannel, concerns, caseTakenAt))
        .map(ComplaintReview::role).findFirst();
  }

  /**
   * Kazakh and English text of an entry, and Russian where the catalogue gives it (a deadline's {@code startsFrom}
   * has all three).
   */
  public record Text(String kk, String en,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      String ru) {

    /** The text in {@code language}: Russian or English where given, Kazakh otherwise. */
    public String in(java.util.Locale language) {
      return switch (language.getLanguage()) {
        case "ru" -> ru != null ? ru : kk;
        case "en" -> en;
        default -> kk;
      };
    }
  }

  /** Where an application (or an information request) can be made. */
  public record Channel(String code, String purpose, String item, int line) {
    public boolean takesApplications() {
      return purpose == null || purpose.equals("application");
    }
  }

  /** A sub-type of the service with its own documents, and where it may be filed (all channels when empty). */
  public record Subtype(String code, Text name, String item, Integer line, List<String> documents,
      List<String> channels) {}

  /**
   * A document of item 11.
   *
   * @param channels the channels at which the document is asked for (e.g. S07's and S09's portal takes only the
   *     e-signed request, the identity data come from state systems); empty: every channel of the standard
   */
  public record Document(String code, Text name, String item, int line, Boolean required, Text condition,
      Boolean notarisedAtPsc, String replaces, List<String> channels) {

    public Document {
      channels = List.copyOf(channels == null ? List.of() : channels);
    }

    /** Documents "if any" or needed only in some cases are not part of the completeness check. */
    public boolean isRequired() {
      return required == null || required;
    }

    /** Whether the document is asked for at this channel (null: any channel). */
    public boolean askedAt(String channel) {
      return channels.isEmpty() || channel == null || channels.contains(channel);
    }
  }

  /**
   * Documents of which one must be presented (e.g. S11 item 11.1: the identity document of the person who buried,
   * or the registration of the legal entity, or the entrepreneur's patent). Each member is {@code required: false}.
   */
  public record Alternatives(String code, Text name, String item, int line, List<String> documents) {}

  public record RefusalGround(String code, Text text, String item, int line) {}

  public record Result(String code, Text name, String item, int line) {}

  /**
   * A statutory time limit: a timer the process enforces, or a norm that is measured and reported.
   *
   * @param subtypes the sub-types the term applies to (e.g. S08's off-site examinations); empty: every case
   * @param minimum whether the term is a minimum ("not less than", e.g. the mobile centre's stay) rather than a limit
   * @param perPersonInQueue whether the value is per person in the queue the applicant found ("queue x N minutes",
   *     S08 line 28122, S11 line 38775, S12 line 40764): the limit is the value times the persons ahead
   */
  public record Deadline(String id, Kind kind, int value, Unit unit, String start, Text startsFrom, String who,
      String item, int line, List<String> subtypes, Boolean minimum, Boolean perPersonInQueue) {

    public Deadline {
      subtypes = List.copyOf(subtypes == null ? List.of() : subtypes);
    }

    /** Whether the term applies to a case of this sub-type. */
    public boolean appliesTo(String subtype) {
      return subtypes.isEmpty() || subtypes.contains(subtype);
    }

    public boolean isMinimum() {
      return Boolean.TRUE.equals(minimum);
    }

    public boolean isPerPersonInQueue() {
      return Boolean.TRUE.equals(perPersonInQueue);
    }

    /**
     * The value for an applicant who found {@code peopleAhead} persons ahead in the queue; the value itself for a norm
     * that is not per person.
     */
    public int valueFor(Integer peopleAhead) {
      return isPerPersonInQueue() ? value * Math.max(0, peopleAhead == null ? 0 : peopleAhead) : value;
    }

    public enum Kind { timer, norm }

    public enum Unit { workingDays, calendarDays, months, hours, minutes }

    /** How the diagrams and reports cite it, e.g. "S01 item 7.1, line 550". */
    public String citation(String standard) {
      return standard + " item " + item + ", line " + line;
    }

    /** The citation as a reader sees it, in her language ("S01, 7.1-тармақ, 550-жол"; kz.qyzmet.messages). */
    public String citation(String standard, java.util.Locale language) {
      return kz.qyzmet.messages.Messages.text(language, "citation", standard, item, String.valueOf(line));
    }
  }

  /**
   * A row of the quality and accessibility indicators (item 18; annex 3 of most standards) and how Qyzmet measures it
   * from case facts (kz.qyzmet.quality).
   */
  public record QualityIndicator(String code, Text name, int line, Measure measure) {}

  /**
   * How an indicator row is measured: {@code kind} is {@code timeliness} (cases finished with every statutory deadline
   * met), {@code satisfaction} (share of "yes" to {@code question}, see {@code catalogue/survey.yaml}), {@code
   * waitingWithin} (cases that waited at most {@code value} minutes), {@code documentsCompleteAtIntake}, {@code
   * justifiedComplaints} (justified complaints per case served), {@code justifiedComplaintsInTerm}, or {@code
   * notMeasured} with the {@code reading} that says why no case data measures it.
   */
  public record Measure(String kind, String question, Integer value, Text reading) {

    public static final java.util.Set<String> KINDS = java.util.Set.of("timeliness", "satisfaction",
        "waitingWithin", "documentsCompleteAtIntake", "justifiedComplaints", "justifiedComplaintsInTerm",
        "notMeasured");
  }

  public Optional<Deadline> deadline(String id) {
    return deadlines.stream().filter(deadline -> deadline.id().equals(id)).findFirst();
  }

  public Optional<Channel> channel(String code) {
    return channels.stream().filter(channel -> channel.code().equals(code)).findFirst();
  }

  public Optional<Subtype> subtype(String code) {
    return subtypes.stream().filter(subtype -> subtype.code().equals(code)).findFirst();
  }

  public Optional<Document> document(String code) {
    return documents.stream().filter(document -> document.code().equals(code)).findFirst();
  }

  /** The documents a complete application of this sub-type (null when the standard has none) must contain. */
  public List<Document> requiredDocuments(String subtypeCode) {
    return requiredDocuments(subtypeCode, null);
  }

  /**
   * The documents a complete application of this sub-type (null when the standard has none) filed at this channel
   * (null: any) must contain.
   */
  public List<Document> requiredDocuments(String subtypeCode, String channel) {
    Set<String> ofSubtype = subtype(subtypeCode).map(subtype -> Set.copyOf(subtype.documents())).orElse(null);
    return documents.stream()
        .filter(Document::isRequired)
        .filter(document -> ofSubtype == null || ofSubtype.contains(document.code()))
        .filter(document -> document.askedAt(channel))
        .toList();
  }

  /** The channels where an application of this sub-type may be filed. */
  public Set<String> applicationChannels(String subtypeCode) {
    Set<String> channelsOfSubtype = subtype(subtypeCode)
        .filter(subtype -> subtype.channels() != null && !subtype.channels().isEmpty())
        .map(subtype -> Set.copyOf(subtype.channels())).orElse(null);
    return channels.stream()
        .filter(Channel::takesApplications)
        .map(Channel::code)
        .filter(code -> channelsOfSubtype == null || channelsOfSubtype.contains(code))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
