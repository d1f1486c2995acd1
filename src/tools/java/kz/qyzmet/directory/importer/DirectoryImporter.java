package kz.qyzmet.directory.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.Region;

/**
 * Reads the address tables of the decree and writes the directory, one record per office.
 *
 * <p>Copies of one office in several annexes (the same region, kind and number in its table) become one office. <b>The
 * first copy in decree order wins</b>: S01 annex 1 for the pension branches and their CCSP table, S01 annex 2 for the
 * Public Service Centres, S12 annexes 1 and 5 for the employment departments. The S01 copies are the ones the
 * other copies were made from (S02-S04 annex 2 are byte-identical to S01 annex 2; the pension-branch copies with the
 * CCSP table differ from S01 in 0-2 rows; S03, S05, S07, S09 re-edited the addresses), and for S12 against S13 the text
 * does not say which is newer, so the rule stays the same, decree order. Offices listed in one copy only (Kostanay
 * #6 and South Kazakhstan #8 pension branches, only in S07 annex 4) come from that copy. The Decree 394 amendments
 * (row 13, lines 147-472) are copies of the Aktobe city employment department and are attached to it as sources.
 *
 * <p>A build-time tool in {@code src/tools/java}, compiled with the tests, never part of the application jar. Usage
 * (from the project directory, the decree text next to it in {@code ../shared}):
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) kz.qyzmet.directory.importer.DirectoryImporter \
 *     ../shared/seed/000_19c8f849c39af460.txt src/main/resources/directory/offices.json
 * </pre>
 */
public final class DirectoryImporter {

  private DirectoryImporter() {}

  /** The offices of the whole decree. */
  public static List<Office> importDecree(List<String> decree) {
    List<Entry> entries = new ArrayList<>();
    List<Entry> amendments = new ArrayList<>();
    for (Annex annex : Annex.decree394Amendments(decree, 1)) {
      amendments.addAll(parse(annex, decree, 1));
    }
    for (Annex annex : Annex.DECREE) {
      entries.addAll(parse(annex, decree, 1));
    }
    return merge(entries, amendments);
  }

  /** The entries of one annex; {@code lines} start at decree line {@code firstLine} (the whole decree: 1). */
  static List<Entry> parse(Annex annex, List<String> lines, int firstLine) {
    int from = Math.max(annex.from(), firstLine) - firstLine;
    int to = Math.min(annex.to() - firstLine + 1, lines.size());
    return AnnexParser.parse(annex, lines.subList(from, to), firstLine + from);
  }

  /** Entries to offices: copies merged (first in decree order wins), duplicates dropped and flagged. */
  static List<Office> merge(List<Entry> entries, List<Entry> amendments) {
    // a copy joins the office of the same kind and region with the same name (case, spaces and punctuation
    // ignored), else the one with the same number in its table; a second row of the same annex is a duplicate
    List<List<Entry>> copies = new ArrayList<>();
    Map<String, List<Entry>> byName = new LinkedHashMap<>();
    Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    for (Entry e : entries) {
      String scope = e.kind() + "|" + e.region() + "|";
      List<Entry> group = byName.get(scope + Names.compact(e.name()));
      if (group == null || e.name() == null || e.name().isEmpty()
          || group.stream().anyMatch(c -> c.annex().equals(e.annex()) && !c.key().equals(e.key()))) {
        group = byKey.get(scope + e.key());
      }
      if (group == null) {
        group = new ArrayList<>();
        copies.add(group);
        byKey.put(scope + e.key(), group);
      }
      group.add(e);
      byName.putIfAbsent(scope + Names.compact(e.name()), group);
    }
    Map<OfficeKind, Set<String>> annexesOfKind = new LinkedHashMap<>();
    entries.forEach(e -> annexesOfKind.computeIfAbsent(e.kind(), k -> new TreeSet<>()).add(e.annex()));

    List<Office> offices = new ArrayList<>();
    for (List<Entry> group : copies) {
      Entry winner = group.get(0);
      Set<String> flags = new LinkedHashSet<>(winner.flags());
      List<Office.Source> sources = new ArrayList<>();
      Set<String> annexes = new LinkedHashSet<>();
      for (Entry e : group) {
        if (!annexes.add(e.annex())) {
          // the same row printed twice in one table (S07-A4 EKO #11, S13-A1 Aktobe #12)
          flags.add("duplicateRowInSource:" + e.annex() + ":" + e.line());
          continue;
        }
        sources.add(new Office.Source(e.annex(), e.line(), e.number(), !e.content().equals(winner.content())));
      }
      String district = Names.district(winner.name());
      String locality = Names.locality(winner.address());
      if (isDistrictLevel(winner.kind()) && district == null && winner.name() != null) {
        if (winner.kind() != OfficeKind.mse && !isRegionalName(winner)) {
          flags.add("districtFromAddress");
          district = locality;
        }
      }
      if (!isDistrictLevel(winner.kind())) {
        district = null;
      }
      if (winner.kind() == OfficeKind.mse) {
        district = null; // the decree gives no catchment area of an MSE unit; only where it sits
      }
      if (winner.address() != null && !winner.address().isEmpty() && locality == null) {
        flags.add("addressWithoutLocality");
      }
      if (annexes.size() < annexesOfKind.get(winner.kind()).size() && isCopied(winner.kind())) {
        flags.add("notInEveryCopy");
      }
      offices.add(office(winner, district, locality, sources, flags));
    }

    // row 13 of the Decree 394 amendments: the Aktobe city department, attached to its office
    for (Entry a : amendments) {
      String district = Names.district(a.name());
      int i = indexOf(offices, o -> o.kind() == a.kind() && o.region().equals(a.region().nameKk())
          && Names.compact(district).equals(Names.compact(o.district())));
      if (i < 0) {
        offices.add(office(a, district, Names.locality(a.address()),
            List.of(new Office.Source(a.annex(), a.line(), a.number(), false)), a.flags()));
        continue;
      }
      Office o = offices.get(i);
      List<Office.Source> sources = new ArrayList<>(o.sources());
      sources.add(new Office.Source(a.annex(), a.line(), a.number(),
          !Names.compact(a.address()).equals(Names.compact(o.address()))));
      offices.set(i, new Office(o.id(), o.kind(), o.region(), o.kato(), o.district(), o.locality(), o.number(),
          o.name(), o.address(), o.email(), o.phone(), o.website(), o.schedule(), o.line(), standards(sources), sources,
          o.flags()));
    }
    offices.sort(Comparator.comparing(Office::kind).thenComparing(o -> Region.parse(o.region()).orElseThrow())
        .thenComparing(Office::id));
    return offices;
  }

  private static boolean isCopied(OfficeKind kind) {
    return kind == OfficeKind.pensionBranch || kind == OfficeKind.psc;
  }

  private static boolean isDistrictLevel(OfficeKind kind) {
    return switch (kind) {
      case pensionBranch, psc, mse, employmentDept, akimat -> true;
      default -> false;
    };
  }

  /** "Ақмола облыстық филиалы", «Ақмола облысы бойынша орталық» РМК филиалы: the region-level office of its kind. */
  private static boolean isRegionalName(Entry e) {
    return e.name().matches("(?s).*(облыстық|облысы бойынша|қаласы бойынша|облысының).*");
  }

  private static Office office(Entry e, String district, String locality, List<Office.Source> sources,
      Set<String> flags) {
    String id = idPrefix(e.kind()) + "-" + e.region().slug() + (e.key().equals("0") && e.kind() != OfficeKind.psc
        ? "" : "-" + idNumber(e));
    return new Office(id, e.kind(), e.region().nameKk(), e.region().kato(), district, locality, e.number(), e.name(),
        empty(e.address()), e.email(), empty(e.phone()), e.website(), e.schedule(), e.line(), standards(sources),
        sources,
        List.copyOf(flags));
  }

  private static String idNumber(Entry e) {
    String key = e.key();
    if (e.kind() == OfficeKind.psc) {
      key = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "0";
    }
    return String.format("%02d", Integer.parseInt(key));
  }

  private static String empty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static List<String> standards(List<Office.Source> sources) {
    // S01-S13 first, then the Decree 394 amendment items in their order (3.3 ... 3.17)
    return sources.stream().map(s -> s.annex().replaceFirst("-A\\d+(-CCSP)?$", "")).distinct()
        .sorted(Comparator.comparing((String s) -> s.startsWith("D394"))
            .thenComparingInt(s -> Integer.parseInt(s.replaceFirst("^(S|D394-3\\.)", "")))).toList();
  }

  private static String idPrefix(OfficeKind kind) {
    return switch (kind) {
      case pensionBranch -> "pension";
      case ccspBody -> "ccsp";
      case psc -> "psc";
      case mse -> "mse";
      case employmentDept -> "employment";
      case regionalEmploymentDept -> "regional-employment";
      case akimat -> "akimat";
      case regionalAkimat -> "regional-akimat";
      case ruralAkim -> "rural-akim";
    };
  }

  private static int indexOf(List<Office> offices, java.util.function.Predicate<Office> test) {
    for (int i = 0; i < offices.size(); i++) {
      if (test.test(offices.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Pretty JSON, one office per object, in a stable order: what is committed under src/main/resources/directory. */
  public static String toJson(List<Office> offices) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(offices) + "\n";
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DirectoryImporter <decree.txt> <offices.json>");
      System.exit(2);
    }
    List<String> decree = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    List<Office> offices = importDecree(decree);
    Files.writeString(Path.of(args[1]), toJson(offices), StandardCharsets.UTF_8);
    Map<OfficeKind, Long> perKind = offices.stream()
        .collect(Collectors.groupingBy(Office::kind, LinkedHashMap::new, Collectors.counting()));
    System.out.println(offices.size() + " offices written to " + args[1] + ": " + perKind);
  }
}
