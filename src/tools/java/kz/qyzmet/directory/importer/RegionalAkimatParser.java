package kz.qyzmet.directory.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.Region;
import kz.qyzmet.directory.importer.TableText.Cell;
import kz.qyzmet.directory.importer.TableText.Item;
import kz.qyzmet.directory.importer.TableText.Row;

/**
 * S13 annex 4, the regional akimats: number, akim's apparatus, responsible unit, phone, address. The end of the file
 * (decree lines 47032-47066) collapses: rows 6-14 lose their numbers and are glued into two blocks, and rows 7-10 are
 * gone. The cells are therefore read one by one: an apparatus name starts an office, a second unit cell starts an
 * office whose name is lost. Regions without an office are reported as missing, never invented.
 */
final class RegionalAkimatParser {

  private static final Pattern PHONE = Pattern.compile("^([\\d\\s()\\-,]*\\d)(.*)$");

  private RegionalAkimatParser() {}

  private static final class Draft {
    Region region;
    String number;
    String name = "";
    String unit = "";
    String phone = "";
    String address = "";
    int line;
    final Set<String> flags = new LinkedHashSet<>();
  }

  static List<Entry> parse(Annex annex, List<Item> items) {
    List<Cell> cells = new ArrayList<>();
    for (Item item : items) {
      if (item instanceof Row row) {
        String first = row.cell(0);
        if (first.startsWith("Р/с") || first.startsWith("р/с") || first.equals("1") && row.cell(1).equals("2")) {
          continue;
        }
        cells.addAll(row.cells());
      }
    }
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    String pendingNumber = null;
    for (Cell cell : cells) {
      String text = cell.text();
      if (text.isEmpty()) {
        continue;
      }
      if (text.matches("\\d+")) {
        pendingNumber = text;
      } else if (text.contains("әкімінің аппараты")) {
        current = new Draft();
        current.region = Region.mentionedIn(text).orElse(null);
        current.name = text;
        current.line = cell.line();
        current.number = pendingNumber;
        pendingNumber = null;
        drafts.add(current);
      } else if (text.contains("бөлім")) {
        if (current == null || !current.unit.isEmpty()) {
          Draft previous = current;
          current = new Draft();
          current.line = cell.line();
          current.flags.add("nameMissing");
          drafts.add(current);
          if (previous != null && previous.address.isEmpty() && !previous.phone.isEmpty()) {
            // the phone between the two units may belong to either office (decree line 47039)
            previous.flags.add("phoneAmbiguous");
            current.flags.add("phoneAmbiguous");
          }
        }
        current.unit = text;
      } else if (current != null) {
        Matcher phone = PHONE.matcher(text);
        if (current.phone.isEmpty() && phone.matches()) {
          current.phone = phone.group(1).strip();
          String rest = phone.group(2).strip();
          if (!rest.isEmpty()) {
            current.address = rest;
            current.flags.add("addressInPhoneCell");
          }
        } else {
          current.address = text;
        }
      }
    }

    List<Entry> entries = new ArrayList<>();
    Set<Region> seen = EnumSet.noneOf(Region.class);
    for (Draft d : drafts) {
      if (d.region == null) {
        String locality = Names.locality(d.address);
        for (Region r : Region.values()) {
          if (r.centre().equals(locality)) {
            d.region = r;
            d.flags.add("regionFromAddress");
          }
        }
      }
      if (d.region == null) {
        throw new IllegalStateException(annex.code() + " line " + d.line + ": no region for " + d.unit);
      }
      String expected = String.valueOf(d.region.ordinal() + 1);
      if (d.number == null) {
        d.flags.add("numberInferred");
        d.number = expected;
      } else if (!d.number.equals(expected)) {
        d.flags.add("numberOutOfSequence");
      }
      if (d.address.isEmpty()) {
        d.flags.add("addressMissing");
      }
      if (d.phone.isEmpty()) {
        d.flags.add("phoneMissing");
      }
      seen.add(d.region);
      String name = d.name.isEmpty() ? null : d.name;
      String unitName = name == null ? d.unit : name + " (" + d.unit + ")";
      entries.add(new Entry(annex.code(), annex.standard(), OfficeKind.regionalAkimat, d.region, d.number, "0",
          unitName, d.address, null, d.phone, null, null, d.line, d.flags));
    }
    for (Region r : Region.values()) {
      if (!seen.contains(r)) {
        // reported at the line of the next surviving office, where the lost row would have been
        int line = drafts.stream().filter(d -> d.region.ordinal() > r.ordinal()).mapToInt(d -> d.line).min()
            .orElse(cells.isEmpty() ? 0 : cells.get(cells.size() - 1).line());
        entries.add(new Entry(annex.code(), annex.standard(), OfficeKind.regionalAkimat, r,
            String.valueOf(r.ordinal() + 1), "0", null, null, null, null, null, null, line,
            new LinkedHashSet<>(List.of("missingInSource"))));
      }
    }
    return entries;
  }
}
