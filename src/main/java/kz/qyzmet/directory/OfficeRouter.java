package kz.qyzmet.directory;

import kz.qyzmet.messages.Messages;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.directory.DirectoryException.NoResponsibleOfficeException;
import kz.qyzmet.directory.DirectoryException.UnknownDistrictException;
import kz.qyzmet.directory.DirectoryException.UnknownOfficeException;
import kz.qyzmet.directory.DirectoryException.UnknownRegionException;
import kz.qyzmet.directory.DirectoryException.UnknownRoleException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Which office is responsible for a role in a case, and the candidate group of its clerks. Every user task takes its
 * candidate group from here:
 *
 * <pre>camunda:candidateGroups="${officeRouter.candidateGroup(execution, 'branchSpecialist')}"</pre>
 *
 * <p>The case's variables {@code standard} ("S01"), {@code region} (Kazakh name or KATO code), {@code district}
 * (Kazakh name or KATO code, see {@link KatoDistricts}) and, optionally, {@code officeId} (an office the applicant
 * chose) decide. A district code names its region: the region may then be left out, and if given it must be the same.
 * Rules:
 * <ol>
 *   <li>An explicit {@code officeId} of the role's kind of office wins.</li>
 *   <li>Region-level roles ({@code ccsp*}, {@code regionalEmploymentHead}, {@code regionalAkim}) go to the region's
 *       one office of that kind; the district, if given, must still be known.</li>
 *   <li>Otherwise the offices of the role's kind in the region that the standard's annexes list, whose district is
 *       the applicant's (else whose address is in it: the regional branch in the regional centre); several, the
 *       first in its table. MSE units have no catchment area in the decree: the unit sitting in the district's town
 *       (the methodology department excluded).</li>
 *   <li>An unknown region, district, district code, role or office id, a district code of another region, or a
 *       district no office serves, is an error naming the field; there is no default office.</li>
 * </ol>
 */
@Component("officeRouter")
public class OfficeRouter {

  private static final Pattern STANDARD = Pattern.compile("S(0[1-9]|1[0-3])|D394-3\\.([3-9]|1[0-7])");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final KatoDistricts kato = KatoDistricts.bundled();

  private volatile List<Office> offices = List.of();
  private volatile Map<String, Office> byId = Map.of();
  private volatile Map<String, List<Office>> byRegion = Map.of();
  /**
   * What {@link #resolve(String, String, String, String)} found, per standard, role, region and district as the case
   * spells them: the rules read only the directory, so the answer holds until {@link #reload(List)}. A burst of
   * deadline timers asks the same few questions thousands of times (each escalation routes its task and its breach
   * metric; comparing every office's district name was a tenth of a fired timer's time, issue 21). Errors are not
   * kept; at most {@link #MAX_REMEMBERED} answers (the spellings come from applications), then it starts anew.
   */
  private volatile Map<List<String>, OfficeAssignment> resolved = new ConcurrentHashMap<>();
  static final int MAX_REMEMBERED = 10_000;

  public OfficeRouter() {}

  public OfficeRouter(List<Office> offices) {
    reload(offices);
  }

  /** Replaces the offices routed to (the directory as stored; see DirectoryInitializer). */
  public void reload(List<Office> offices) {
    this.offices = List.copyOf(offices);
    this.byId = offices.stream().collect(Collectors.toUnmodifiableMap(Office::id, Function.identity()));
    this.byRegion = offices.stream().filter(office -> office.region() != null)
        .collect(Collectors.groupingBy(Office::region, Collectors.toUnmodifiableList()));
    this.resolved = new ConcurrentHashMap<>(); // after the offices: whoever sees the new answers sees the new offices
  }

  public List<Office> offices() {
    return offices;
  }

  /** The offices of {@code region} (an office's region id), in the directory's order (none for null). */
  public List<Office> inRegion(String region) {
    return region == null ? List.of() : byRegion.getOrDefault(region, List.of());
  }

  public Optional<Office> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  // --- for BPMN expressions ---

  /** The candidate group of the office responsible for {@code role} in the case of {@code execution}. */
  public String candidateGroup(VariableScope execution, String role) {
    return resolve(execution, role).candidateGroup();
  }

  /** The office responsible for {@code role} in the case (for receipts: id, name, address, phone, schedule). */
  public Office office(VariableScope execution, String role) {
    return resolve(execution, role).office();
  }

  public OfficeAssignment resolve(VariableScope execution, String role) {
    String officeId = text(execution, CaseVariables.OFFICE_ID);
    if (officeId != null) {
      Office chosen = byId.get(officeId);
      if (chosen == null) {
        throw new UnknownOfficeException(officeId);
      }
      if (chosen.kind() == parseRole(role).kind()) {
        return assignment(chosen, parseRole(role));
      }
    }
    return resolve(text(execution, CaseVariables.STANDARD), role, text(execution, CaseVariables.REGION),
        text(execution, CaseVariables.DISTRICT));
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  // --- plain Java ---

  /** The office chosen explicitly, in {@code role}; the role must belong to the office's kind. */
  public OfficeAssignment resolve(String officeId, String role) {
    OfficeRole r = parseRole(role);
    if (officeId == null || officeId.isBlank()) {
      throw new DirectoryException("officeId", Messages.text("directory.officeId.required"));
    }
    Office office = byId.get(officeId);
    if (office == null) {
      throw new UnknownOfficeException(officeId);
    }
    if (office.kind() != r.kind()) {
      throw new DirectoryException("role",
          Messages.text("directory.role.wrongKind", role, r.kind().name(), officeId, office.kind().name()));
    }
    return assignment(office, r);
  }

  /** The office responsible for {@code role} in a case of {@code standard} for an applicant of region and district. */
  public OfficeAssignment resolve(String standard, String role, String region, String district) {
    Map<List<String>, OfficeAssignment> answers = resolved;
    List<String> question = Arrays.asList(standard, role, region, district);
    OfficeAssignment known = answers.get(question);
    if (known != null) {
      return known;
    }
    OfficeAssignment found = route(standard, role, region, district);
    if (answers.size() >= MAX_REMEMBERED) {
      answers.clear();
    }
    answers.put(question, found);
    return found;
  }

  private OfficeAssignment route(String standard, String role, String region, String district) {
    OfficeRole r = parseRole(role);
    if (standard == null || !STANDARD.matcher(standard).matches()) {
      throw new DirectoryException("standard", Messages.text("directory.standard.unknown", standard));
    }
    Region given = region == null || region.isBlank() ? null
        : Region.parse(region).orElseThrow(() -> new UnknownRegionException(region));
    KatoDistricts.Entry coded = codedDistrict(district);
    if (given == null && coded == null) {
      throw new DirectoryException("region", Messages.text("directory.region.required"));
    }
    Region reg = given != null ? given : coded.region();
    if (coded != null && coded.region() != reg) {
      throw new DirectoryException("district", Messages.text("directory.district.otherRegion", coded.code(),
          coded.district(), coded.region().nameKk(), reg.nameKk()));
    }
    List<Office> inRegion = offices.stream().filter(o -> o.region().equals(reg.nameKk())).toList();
    // the district as compared with the offices' names; a code stands for every spelling the directory uses
    List<String> d = coded != null ? coded.districts().stream().map(OfficeRouter::districtKey).toList()
        : district == null || district.isBlank() ? List.of() : List.of(districtKey(district));
    String shown = coded != null ? Messages.text("directory.district.coded", coded.code(), coded.district()) : district;
    if (!d.isEmpty() && inRegion.stream().noneMatch(o -> matches(o.district(), d) || matches(o.locality(), d))) {
      throw new UnknownDistrictException(shown, reg);
    }
    if (offices.stream().noneMatch(o -> o.kind() == r.kind())) {
      // The decree names a body the directory has no office of (S12's rural akim): said, never routed elsewhere.
      throw new NoResponsibleOfficeException("officeId",
          Messages.text("directory.noOfficeOfKind", r.kind().name(), role, standard));
    }
    List<Office> candidates = inRegion.stream()
        .filter(o -> o.kind() == r.kind())
        .filter(o -> serves(o, standard))
        .filter(o -> !o.flags().contains("missingInSource"))
        .toList();
    if (isRegionLevel(r.kind())) {
      return candidates.stream().findFirst().map(o -> assignment(o, r))
          .orElseThrow(() -> new NoResponsibleOfficeException("region",
              Messages.text("directory.noRegionalOffice", r.kind().name(), reg.nameKk(), standard)));
    }
    if (d.isEmpty()) {
      throw new DirectoryException("district", Messages.text("directory.district.requiredForRole", role));
    }
    List<Office> units = r.kind() != OfficeKind.mse ? candidates
        : candidates.stream().filter(o -> !o.name().startsWith("Әдіснама")).toList();
    Comparator<Office> tableOrder = Comparator.comparingInt(Office::line);
    Optional<Office> found = units.stream().filter(o -> matches(o.district(), d)).min(tableOrder)
        .or(() -> units.stream().filter(o -> matches(o.locality(), d)).min(tableOrder));
    return found.map(o -> assignment(o, r)).orElseThrow(() -> new NoResponsibleOfficeException("district",
        Messages.text("directory.noDistrictOffice", r.kind().name(), standard, shown, reg.nameKk())));
  }

  /** The row of a district given by its KATO code; null for a name. An unknown code is an error. */
  private KatoDistricts.Entry codedDistrict(String district) {
    if (district == null || !DIGITS.matcher(district.strip()).matches()) {
      return null;
    }
    String code = district.strip();
    if (code.length() != 9) {
      throw new DirectoryException("district", Messages.text("directory.district.notKato", code));
    }
    return kato.find(code).orElseThrow(() -> new DirectoryException("district",
        Messages.text("directory.district.unknownKato", code, KatoDistricts.DATA)));
  }

  private static OfficeAssignment assignment(Office office, OfficeRole role) {
    return new OfficeAssignment(office, role.name(), role.group(office.id()));
  }

  private static OfficeRole parseRole(String role) {
    return OfficeRole.parse(role).orElseThrow(() -> new UnknownRoleException(role));
  }

  private static boolean isRegionLevel(OfficeKind kind) {
    return kind == OfficeKind.ccspBody || kind == OfficeKind.regionalEmploymentDept
        || kind == OfficeKind.regionalAkimat;
  }

  /**
   * Whether the office serves the standard: one of the standard's annexes (or a Decree 394 amendment) lists it. The
   * CCSP bodies also decide S03, S07 and S09, whose annexes lack their table (para 1 names the Committee as provider
   * of every Decree 393 standard; S03-A1's title announces the table, which is missing).
   */
  static boolean serves(Office office, String standard) {
    if (office.standards().contains(standard)) {
      return true;
    }
    return office.kind() == OfficeKind.ccspBody && standard.matches("S(0[1-9]|1[01])");
  }

  /** "Хромтау ауданы", "хромтау", "Ақтөбе қаласы", "Ақтөбе қ." -> compared without the administrative word. */
  static String districtKey(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('i', 'і')
        .replaceAll("\\s+(ауданы|аудандық|қаласы|қалалық|қ\\.|кенті|ауылы)$", "");
    return n.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean matches(String officeDistrict, List<String> keys) {
    return keys.stream().anyMatch(key -> matches(officeDistrict, key));
  }

  static boolean matches(String officeDistrict, String key) {
    if (officeDistrict == null) {
      return false;
    }
    String o = districtKey(officeDistrict);
    if (o.equals(key)) {
      return true;
    }
    // one spelling a prefix of the other: "Астрахан" / "Астраханка", "Зырянов" / "Зыряновск"
    return Objects.requireNonNull(key).length() >= 5 && o.length() >= 5 && (o.startsWith(key) || key.startsWith(o));
  }
}
