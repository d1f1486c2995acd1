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
    row = withNumberCell(row);
    List<String> texts = row.cells().stream().map(Cell::text).toList();
    if (notAnOffice(row, texts)) {
      return;
    }
    Set<String> flags = new LinkedHashSet<>();
    String first = texts.get(0);
    String name = row.cell(1);
    Numbered numbered = number(row, first, name, flags);
    Contacts contacts = contacts(row, flags);
    if (name.isEmpty()) {
      flags.add("nameMissing");
    }
    String schedule = schedule(row.cell(4), flags);
    String printed = first.replace("«", "");
    String key = numbered.key();
    String fullKey = kind == OfficeKind.psc && !key.equals("0") ? pscBranch + "." + key : key;
    entries.add(new Entry(annexCode, annex.standard(), kind, numbered.region(), printed, fullKey, name,
        contacts.address(), contacts.email(), contacts.phone(), contacts.website(), schedule, row.line(), flags));
  }

  /** A row whose number cell was cut off by blank lines gets an empty one (S04-A1 13494, S11-A1 39986, S12-A1 41318). */
  private static Row withNumberCell(Row row) {
    if (row.cells().size() >= 4 && !row.cell(0).isEmpty() && !NUMBER.matcher(row.cell(0)).matches()
        && !row.cell(0).startsWith("Р/с") && !row.cell(0).startsWith("р/с") && !row.cell(0).equals("№")) {
      // the number cell was cut off by blank lines (S04-A1 13494, S11-A1 39986, S12-A1 41318 and 41786)
      List<Cell> shifted = new ArrayList<>();
      shifted.add(new Cell(row.line(), ""));
      shifted.addAll(row.cells());
      return new Row(row.line(), shifted);
    }
    return row;
  }

  /** Rows that are no office: empty blocks, headers, column numbers, span rows (which enter a region), phantoms. */
  private boolean notAnOffice(Row row, List<String> texts) {
    if (texts.stream().allMatch(String::isEmpty)) {
      return true; // an empty block left by a merged cell
    }
    String first = texts.get(0);
    if (first.startsWith("Р/с") || first.startsWith("р/с") || first.equals("№")) {
      return true; // header row
    }
    if (isColumnNumbers(texts)) {
      return true;
    }
    long filled = texts.stream().filter(t -> !t.isEmpty()).count();
    if (texts.size() == 1 || filled == 1 && !NUMBER.matcher(first).matches()) {
      // a span row: the regional PSC branch or the region of the MSE units
      Region.mentionedIn(texts.stream().filter(t -> !t.isEmpty()).findFirst().orElse("")).ifPresent(this::enterRegion);
      return true;
    }
    return first.isEmpty() && row.cell(1).isEmpty(); // a phantom row repeating the merged schedule cell
  }

  /** The merge key of an office and its region. */
  private record Numbered(String key, Region region) {}

  /** The row's number as merge key (a PSC branch's number enters its region), with its region. */
  private Numbered number(Row row, String first, String name, Set<String> flags) {
    Region rowRegion = region;
    if (kind == OfficeKind.ccspBody || kind == OfficeKind.regionalEmploymentDept) {
      rowRegion = Region.mentionedIn(name).orElse(region);
    }
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
    return new Numbered(key, rowRegion);
  }

  /** The office's address, phone, e-mail and web address. */
  private record Contacts(String address, String phone, String email, String website) {}

  /** E-mail (found in whichever cell holds it), address and phone, with their defects flagged. */
  private Contacts contacts(Row row, Set<String> flags) {
    String address = row.cell(2);
    String phone = row.cell(3);
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
    // Web addresses: after the house number in the address cell, glued to an e-mail, or in the phone cell.
    List<String> sites = new ArrayList<>();
    if (email != null) {
      List<String> emails = new ArrayList<>();
      for (String one : email.split(",\\s*")) {
        WebSites.Split split = WebSites.split(one);
        emails.add(split.email());
        if (!split.sites().isEmpty()) {
          sites.addAll(split.sites());
          flags.add("webSiteGluedToEmail");
        }
      }
      email = String.join(", ", emails);
    }
    phone = WebSites.fromPhone(phone, sites, flags);
    address = WebSites.fromAddress(address.replaceAll("[,;]\\s*$", "").strip(), sites);
    if (address.isEmpty()) {
      flags.add("addressMissing");
    }
    if (address.contains("@")) {
      flags.add("emailUnreadable"); // "sobes.temirtay@kz" (41722), "mse3_zhezkazgan@gcvp.k z": left in the address
    }
    if (phone.isEmpty()) {
      flags.add("phoneMissing");
    }
    if (email != null && java.util.Arrays.stream(email.split(",\\s*"))
        .anyMatch(one -> !WebSites.EMAIL.matcher(one).matches())) {
      flags.add("emailMalformed"); // "_sandakimat@mail.ru" (line 43107): kept as printed
    }
    if (sites.stream().anyMatch(site -> !WebSites.SITE.matcher(site).matches())) {
      flags.add("webSiteMalformed"); // "osak_акимат.kz", "katon-karagay.vko.go .kz": kept as printed
    }
    return new Contacts(address, phone, email, sites.isEmpty() ? null : String.join(", ", sites));
  }

  /** The schedule: the PSC's, none where the table has no column, else the cell (merged cells repeat the last one). */
  private String schedule(String fifth, Set<String> flags) {
    if (kind == OfficeKind.psc) {
      return PSC_SCHEDULE;
    } else if (annex.fifthColumnIsEmail() || kind == OfficeKind.ccspBody && annex.kind() != OfficeKind.ccspBody
        || annex.code().equals("S05-A4")) {
      return null; // the table has no schedule column
    } else if (fifth.isEmpty()) {
      return lastSchedule != null ? lastSchedule : AUTHORITY_SCHEDULE; // vertically merged cell
    } else if (fifth.matches("(?s).*9[-.]00.*14[-.]00.*")) {
      lastSchedule = fifth;
      return fifth;
    }
    flags.add("scheduleTruncated");
    return lastSchedule != null ? lastSchedule : AUTHORITY_SCHEDULE;
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
