package kz.qyzmet.directory.importer;

import java.util.List;
import kz.qyzmet.directory.OfficeKind;

/**
 * One address table of the decree: which annex of which standard, the kind of office it lists, and its decree lines
 * (from the annex's "N-қосымша" line to the line before the next annex; decree-structure.md, section 2).
 *
 * @param code e.g. "S01-A1"; the Decree 394 amendments are "D394-3.3" ... "D394-3.17"
 * @param standard the standard the annex belongs to ("S01"), or the amendment item for Decree 394 ("D394-3.3")
 * @param fifthColumnIsEmail S13 annex 3 alone has an e-mail column where the others have the schedule
 */
public record Annex(String code, String standard, OfficeKind kind, int from, int to, boolean fifthColumnIsEmail) {

  static Annex of(String standard, int annex, OfficeKind kind, int from, int to) {
    return new Annex(standard + "-A" + annex, standard, kind, from, to, false);
  }

  /** The 27 address tables of the decree (line numbers of the Kazakh text, 47,066 lines). */
  public static final List<Annex> DECREE = List.of(
      of("S01", 1, OfficeKind.pensionBranch, 799, 2490),
      of("S01", 2, OfficeKind.psc, 2491, 4195),
      of("S02", 1, OfficeKind.pensionBranch, 4758, 6501),
      of("S02", 2, OfficeKind.psc, 6502, 8214),
      of("S03", 1, OfficeKind.pensionBranch, 8661, 10227),
      of("S03", 2, OfficeKind.psc, 10228, 11936),
      of("S04", 1, OfficeKind.pensionBranch, 12419, 14122),
      of("S04", 2, OfficeKind.psc, 14123, 15838),
      of("S05", 1, OfficeKind.pensionBranch, 16367, 17943),
      of("S05", 2, OfficeKind.psc, 17944, 19436),
      of("S05", 4, OfficeKind.ccspBody, 19538, 19632),
      of("S06", 1, OfficeKind.pensionBranch, 20019, 21683),
      of("S06", 2, OfficeKind.psc, 21684, 23169),
      of("S07", 1, OfficeKind.psc, 23578, 25448),
      of("S07", 4, OfficeKind.pensionBranch, 25581, 28041),
      of("S08", 1, OfficeKind.mse, 28331, 29981),
      of("S08", 3, OfficeKind.ccspBody, 30087, 30331),
      of("S09", 1, OfficeKind.pensionBranch, 30603, 33240),
      of("S10", 1, OfficeKind.pensionBranch, 33659, 36301),
      of("S10", 2, OfficeKind.psc, 36302, 38608),
      of("S11", 1, OfficeKind.pensionBranch, 38926, 40600),
      of("S12", 1, OfficeKind.employmentDept, 40889, 42608),
      of("S12", 5, OfficeKind.regionalEmploymentDept, 42811, 42996),
      of("S12", 6, OfficeKind.akimat, 42997, 44837),
      of("S13", 1, OfficeKind.employmentDept, 45077, 46696),
      new Annex("S13-A3", "S13", OfficeKind.regionalEmploymentDept, 46864, 46988, true),
      of("S13", 4, OfficeKind.regionalAkimat, 46989, 47066));

  /**
   * Items 3.3-3.17 of the amendments to Decree 394 (decree lines 149-472): each adds row 13, the Aktobe city
   * department, to annex 1 of a Decree 394 standard. {@code lines} start at decree line {@code firstLine}.
   */
  public static List<Annex> decree394Amendments(List<String> lines, int firstLine) {
    List<Annex> items = new java.util.ArrayList<>();
    int item = 3;
    for (int i = 0; i < lines.size() && firstLine + i < 478; i++) {
      if (lines.get(i).contains("реттік нөмірі 13-жолмен толықтырылсын")) {
        int line = firstLine + i;
        // from the sentence naming the section ("Ақтөбе облысының ... бөлімдері» деген бөлімде:", two lines up)
        // to the row's last cell, which closes the quote
        int to = line + 1;
        while (to - firstLine < lines.size() && !lines.get(to - firstLine).strip().endsWith("»;")) {
          to++;
        }
        items.add(new Annex("D394-3." + item, "D394-3." + item, OfficeKind.employmentDept, line - 2, to, false));
        item++;
      }
    }
    return items;
  }

}
