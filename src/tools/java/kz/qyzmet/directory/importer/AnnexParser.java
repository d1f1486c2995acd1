package kz.qyzmet.directory.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.Region;
import kz.qyzmet.directory.importer.TableText.Cell;
import kz.qyzmet.directory.importer.TableText.Heading;
import kz.qyzmet.directory.importer.TableText.Item;
import kz.qyzmet.directory.importer.TableText.Row;

/**
 * Reads the rows of one address table into {@link Entry entries}. Columns: number, name, address (+ e-mail), phone
 * (+ e-mail), schedule (S13 annex 3: e-mail); S13 annex 4 (regional akimats) has its own layout and its own reader.
 */
final class AnnexParser {

  /** The one schedule text of every directory row that has a schedule column (decree line 822 and 317 more cells). */
  static final String AUTHORITY_SCHEDULE = "Демалыс және Қазақстан Республикасының 2001 жылғы 13 желтоқсандағы "
      + "«Қазақстан Республикасының мерекелері туралы» заңымен бекітілген мереке күндерін қоспағанда күн сайын "
      + "сағат 9-00 бастап 18-00 дейін, түскі үзіліс сағат 13-00 бастап 14-00 дейін";

  /** Public Service Centres have no schedule column; para 9.2 of S01 (decree line 582) gives theirs. */
  static final String PSC_SCHEDULE = "Еңбек заңнамасына сәйкес демалыс және мереке күндерін қоспағанда белгіленген "
      + "жұмыс кестесіне сәйкес түскі үзіліссіз дүйсенбіден сенбіні қоса алғанда күн сайын сағат 9.00-ден 20.00-ге дейін";

  private static final Pattern NUMBER = Pattern.compile("^«?(\\d+)\\s*([.)])?$");

  private final Annex annex;
  private final List<Entry> entries = new ArrayList<>();
  private OfficeKind kind;
  private String annexCode;
  private Region region;
  private String lastSchedule;
  private int lastNumber;
  private String lastName;
  private int pscBranch;

  private AnnexParser(Annex annex) {
    this.annex = annex;
    this.kind = annex.kind();
    this.annexCode = annex.code();
  }

  static List<Entry> parse(Annex annex, List<String> lines, int firstLine) {
    List<Item> items = TableText.items(lines, firstLine);
    if (annex.kind() == OfficeKind.regionalAkimat) {
      return RegionalAkimatParser.parse(annex, items);
    }
    AnnexParser parser = new AnnexParser(annex);
    for (Item item : items) {
      if (item instanceof Heading heading) {
        parser.heading(heading);
      } else if (item instanceof Row row) {
        for (Row part : split(row)) {
          parser.row(part);
        }
      }
    }
    return parser.entries;
  }

  private void heading(Heading heading) {
    String text = heading.text();
    if (kind == OfficeKind.pensionBranch && text.startsWith("Қазақстан Республикасы Еңбек")
        && text.contains("аумақтық орган")) {
      // the second table of the pension-branch annexes: the Committee's (CCSP) regional bodies
      kind = OfficeKind.ccspBody;
      annexCode = annex.code() + "-CCSP";
      lastSchedule = null;
      return;
    }
    Region.mentionedIn(text).ifPresent(this::enterRegion);
  }

  private void enterRegion(Region r) {
    if (r != region) {
      region = r;
      lastNumber = 0;
    }
  }

  /** A row glued to the next one (S06 annex 2, Mangystau branch "11.", decree line 22724) is split at the number. */
  static List<Row> split(Row row) {
    List<Row> parts = new ArrayList<>();
    List<Cell> current = new ArrayList<>();
    for (int i = 0; i < row.cells().size(); i++) {
      Cell cell = row.cells().get(i);
      if (current.size() >= 4 && NUMBER.matcher(cell.text()).matches() && cell.text().matches("\\d+[.)]")) {
        parts.add(new Row(current.get(0).line(), current));
        current = new ArrayList<>();
      }
      current.add(cell);
    }
    parts.add(new Row(current.get(0).line(), current));
    return parts;
  }

  private void row(Row row) {
    if (row.cells().size() >= 4 && !row.cell(0).isEmpty() && !NUMBER.matcher(row.cell(0)).matches()
        && !row.cell(0).startsWith("Р/с") && !row.cell(0).startsWith("р/с") && !row.cell(0).equals("№")) {
      // the number cell was cut off by blank lines (S04-A1 13494, S11-A1 39986, S12-A1 41318 and 41786)
      List<Cell> shifted = new ArrayList<>();
      shifted.add(new Cell(row.line(), ""));
      shifted.addAll(row.cells());
      row = new Row(row.line(), shifted);
    }
    List<String> texts = row.cells().stream().map(Cell::text).toList();
    if (texts.stream().allMatch(String::isEmpty)) {
      return; // an empty block left by a merged cell
    }
    String first = texts.get(0);
    if (first.startsWith("Р/с") || first.startsWith("р/с") || first.equals("№")) {
      return; // header row
    }
    if (isColumnNumbers(texts)) {
      return;
    }
    long filled = texts.stream().filter(t -> !t.isEmpty()).count();
    if (texts.size() == 1 || filled == 1 && !NUMBER.matcher(first).matches()) {
      // a span row: the regional PSC branch or the region of the MSE units
      Region.mentionedIn(texts.stream().filter(t -> !t.isEmpty()).findFirst().orElse("")).ifPresent(this::enterRegion);
      return;
    }
    if (first.isEmpty() && row.cell(1).isEmpty()) {
      return; // a phantom row repeating the merged schedule cell
    }
    Set<String> flags = new LinkedHashSet<>();
    String name = row.cell(1);
    Region rowRegion = region;
    if (kind == OfficeKind.ccspBody || kind == OfficeKind.regionalEmploymentDept) {
      rowRegion = Region.mentionedIn(name).orElse(region);
    }

    // number and merge key
    Matcher number = NUMBER.matcher(first);
    String key;
    if (kind == OfficeKind.psc) {
      if (number.matches() && ".".equals(number.group(2))) {
        pscBranch = Integer.parseInt(number.group(1));
        Region branchRegion = Region.mentionedIn(name).orElse(region);
        enterRegion(branchRegion);
        rowRegion = branchRegion;
        key = "0";
      } else if (number.matches()) {
        if (number.group(2) == null) {
          flags.add("numberWithoutParenthesis");
        }
        key = number.group(1);
      } else {
        flags.add("numberInferred");
        key = String.valueOf(lastNumber + 1);
      }
    } else if (kind == OfficeKind.ccspBody || kind == OfficeKind.regionalEmploymentDept) {
      key = "0";
    } else if (number.matches() && Integer.parseInt(number.group(1)) > lastNumber) {
      key = number.group(1);
    } else if (Names.compact(name).equals(Names.compact(lastName))) {
      key = String.valueOf(lastNumber); // the previous row printed again (a page break); merging drops it
    } else {
      flags.add(number.matches() ? "numberOutOfSequence" : "numberInferred");
      key = String.valueOf(lastNumber + 1);
    }
    if (!key.equals("0")) {
      lastNumber = Integer.parseInt(key);
    }
    lastName = name;
    if (rowRegion == null) {
      throw new IllegalStateException(annexCode + " line " + row.line() + ": row before any region heading");
    }

    // e-mail, address, phone
    String address = row.cell(2);
    String phone = row.cell(3);
    String fifth = row.cell(4);
    String email = null;
    for (int i : annex.fifthColumnIsEmail() ? new int[] {4, 2, 3} : new int[] {2, 3}) {
      String rest = row.cell(i);
      List<String> addresses = new ArrayList<>();
      for (Names.Email found = Names.email(rest); found != null; found = Names.email(rest)) {
        addresses.add(found.address()); // some cells hold two e-mails; all are kept, comma-separated
        if (found.repaired()) {
          flags.add("emailRepaired");
        }
        rest = TableText.clean(rest.replace(found.found(), " "));
      }
      if (addresses.isEmpty()) {
        continue;
      }
      email = String.join(", ", addresses);
      if (i == 2) {
        address = rest;
      } else if (i == 3) {
        phone = rest;
      }
      break;
    }
    phone = TableText.clean(phone.replaceAll("(?i)[ЕE]mail:?", "")).replaceAll("[,;]$", "");
    address = address.replaceAll("[,;]\\s*$", "").strip();
    if (address.isEmpty()) {
      flags.add("addressMissing");
    }
    if (address.contains("@")) {
      flags.add("emailUnreadable"); // "sobes.temirtay@kz" (41722), "mse3_zhezkazgan@gcvp.k z": left in the address
    }
    if (phone.isEmpty()) {
      flags.add("phoneMissing");
    }
    if (name.isEmpty()) {
      flags.add("nameMissing");
    }

    // schedule
    String schedule;
    if (kind == OfficeKind.psc) {
      schedule = PSC_SCHEDULE;
    } else if (annex.fifthColumnIsEmail() || kind == OfficeKind.ccspBody && annex.kind() != OfficeKind.ccspBody
        || annex.code().equals("S05-A4")) {
      schedule = null; // the table has no schedule column
    } else if (fifth.isEmpty()) {
      schedule = lastSchedule != null ? lastSchedule : AUTHORITY_SCHEDULE; // vertically merged cell
    } else if (fifth.matches("(?s).*9[-.]00.*14[-.]00.*")) {
      schedule = fifth;
      lastSchedule = fifth;
    } else {
      flags.add("scheduleTruncated");
      schedule = lastSchedule != null ? lastSchedule : AUTHORITY_SCHEDULE;
    }

    String printed = first.replace("«", "");
    String fullKey = kind == OfficeKind.psc && !key.equals("0") ? pscBranch + "." + key : key;
    entries.add(new Entry(annexCode, annex.standard(), kind, rowRegion, printed, fullKey, name, address, email,
        phone, schedule, row.line(), flags));
  }

  private static boolean isColumnNumbers(List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      if (!texts.get(i).equals(String.valueOf(i + 1))) {
        return false;
      }
    }
    return texts.size() >= 3;
  }
}
