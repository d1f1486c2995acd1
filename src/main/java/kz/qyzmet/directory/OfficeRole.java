package kz.qyzmet.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The roles clerks play in the processes, each in one kind of office; the candidate group of a role in an office is
 * {@code <officeId>.<role>}. The "head" roles review complaints (para 5 of every standard): the head of the office that
 * handled the case ({@code pscHead}, {@code branchHead}, {@code employmentHead}) or the regional body above it
 * ({@code ccspHead}, {@code regionalEmploymentHead}, {@code regionalAkim}).
 */
public enum OfficeRole {
  pscOperator(OfficeKind.psc, "ХҚО операторы"),
  pscHead(OfficeKind.psc, "ХҚО басшысы"),
  branchSpecialist(OfficeKind.pensionBranch, "Бөлімше маманы"),
  branchHead(OfficeKind.pensionBranch, "Бөлімше басшысы"),
  ccspSpecialist(OfficeKind.ccspBody, "Комитеттің аумақтық органының маманы"),
  ccspHead(OfficeKind.ccspBody, "Комитеттің аумақтық органының басшысы"),
  msePanel(OfficeKind.mse, "МӘС бөлімі"),
  employmentSpecialist(OfficeKind.employmentDept, "Жұмыспен қамту бөлімінің маманы"),
  employmentHead(OfficeKind.employmentDept, "Жұмыспен қамту бөлімінің басшысы"),
  regionalEmploymentHead(OfficeKind.regionalEmploymentDept, "Облыстық басқарманың басшысы"),
  akim(OfficeKind.akimat, "Әкім"),
  regionalAkim(OfficeKind.regionalAkimat, "Облыс әкімі аппаратының бөлімі"),
  ruralAkim(OfficeKind.ruralAkim, "Кенттің, ауылдың, ауылдық округтің әкімі");

  private final OfficeKind kind;
  private final String nameKk;

  OfficeRole(OfficeKind kind, String nameKk) {
    this.kind = kind;
    this.nameKk = nameKk;
  }

  public OfficeKind kind() {
    return kind;
  }

  public String nameKk() {
    return nameKk;
  }

  public static Optional<OfficeRole> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
  }

  public static List<OfficeRole> of(OfficeKind kind) {
    return Arrays.stream(values()).filter(r -> r.kind == kind).toList();
  }

  /** The candidate group of this role in the office: {@code <officeId>.<role>}. */
  public String group(String officeId) {
    return officeId + "." + name();
  }
}
