package kz.qyzmet.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One office of the directory, as imported from the decree's address tables.
 *
 * @param id stable ASCII id, {@code <kind prefix>-<region slug>[-<number>]}, e.g. {@code psc-aktobe-07}
 * @param region the region's Kazakh name as the decree writes it, e.g. "Ақтөбе облысы"
 * @param kato the region's KATO code
 * @param district the district or city the office serves, as its name spells it (e.g. "Хромтау", "Ақтөбе"); null for
 *     a region-level office
 * @param locality the settlement of its address (e.g. "Хромтау", "Көкшетау"), null when the address has none
 * @param number its number in the winning copy's table, as printed there ("7", "2.", "7)")
 * @param line the decree line where the winning copy's row starts
 * @param standards every standard (S01-S13) or Decree 394 amendment (D394-3.3 ...) that lists the office
 * @param sources every copy of the office in the decree; the first one is the winning copy
 * @param website the web address(es) the decree prints with the office (comma-separated), taken out of the address,
 *     e-mail or phone cell it was printed or glued in; null when none
 * @param flags source defects and repairs, never invented away
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Office(
    String id,
    OfficeKind kind,
    String region,
    String kato,
    String district,
    String locality,
    String number,
    String name,
    String address,
    String email,
    String phone,
    String website,
    String schedule,
    int line,
    List<String> standards,
    List<Source> sources,
    List<String> flags) {

  /**
   * One copy of the office in one annex of the decree.
   *
   * @param annex e.g. "S01-A1", "S01-A1 CCSP", "D394-3.3"
   * @param differs the copy's name, address, e-mail or phone differ from the winning copy's
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record Source(String annex, int line, String number, boolean differs) {}
}
