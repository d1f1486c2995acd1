package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed directory (src/main/resources/directory/offices.json) against the decree: offices per kind and per
 * region, counted in the decree's tables (rows under each region heading; decree-structure.md, section 3.2, checked
 * against the annex line ranges below).
 */
class DirectoryDataTest {

  static List<Office> offices;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = DirectoryDataTest.class.getResourceAsStream("/" + DirectoryInitializer.DATA)) {
      offices = new ObjectMapper().readValue(in, new TypeReference<>() {});
    }
  }

  /** The offices of a kind per region, counted in the decree's tables. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Counts in the decree's region order: Akm Akt AlmR Aty EKO Zha WKO Kar Kos Kyz Man Pav NKO SKO AlmC Ast.
      # S01 annex 1, lines 799-2394: 211 rows; S07 annex 4 (25581-28041) alone adds Kostanay #6 Амангелді (27041)
      # and South Kazakhstan #8 Отырар (27766), which every other copy skips (5 -> 7, 7 -> 9): 213
      pensionBranch          | 19 13 21  8 20 11 13 18 20  9  7 13 14 15  8  4
      # S01 annex 2, lines 2491-4195: 16 regional branches ("N.") and 268 departments ("M)") = 284
      psc                    | 21 16 33 11 22 16 17 30 22 13 11 15 15 21  8 13
      # S08 annex 1, lines 28331-29967: 131 rows under 16 region span rows
      mse                    |  8  6 11  5 12  9  6 13  8  6  4  7  7 15  8  6
      # S12 annex 1, lines 40889-42594: 208 rows (S13 annex 1, 45077-46684, has the same offices and prints Aktobe
      # #12 Хромтау twice, 45306 and 45312). The row-13 amendments (149-472) are the Aktobe city department, #1 here.
      employmentDept         | 19 13 21  8 19 11 13 18 20  9  7 13 14 15  7  1
      # S12 annex 6, lines 42997-44825: 211 rows
      akimat                 | 19 13 19  8 19 11 13 16 20 13  7 13 14 15  7  4
      # One per region: CCSP bodies (S01 annex 1 second table 2395-2480, S05 annex 4 19538-19632, S08 annex 3
      # 30087-30319), regional employment departments (S12 annex 5 42811-42982, S13 annex 3 46864-46976), regional
      # akimats (S13 annex 4, 46989-47066: 12 survive, rows 7-10 are lost and kept as missing records)
      ccspBody               |  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1
      regionalEmploymentDept |  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1
      regionalAkimat         |  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1  1
      """)
  void officesPerRegion(OfficeKind kind, String counts) {
    Map<Region, Long> actual = offices.stream().filter(o -> o.kind() == kind)
        .collect(Collectors.groupingBy(o -> Region.parse(o.region()).orElseThrow(), TreeMap::new,
            Collectors.counting()));
    String[] expected = counts.trim().split("\\s+");
    assertThat(expected).hasSize(Region.values().length);
    Map<Region, Long> wanted = new TreeMap<>();
    for (Region r : Region.values()) {
      wanted.put(r, Long.parseLong(expected[r.ordinal()]));
    }
    assertThat(actual).as(kind.name()).isEqualTo(wanted);
  }

  @Test
  void eachRegionHasAPublicServiceCentreBranch() {
    // the 16 regional branches ("N.") of S01 annex 2
    assertThat(offices).filteredOn(o -> o.kind() == OfficeKind.psc && o.id().endsWith("-00")).hasSize(16);
  }

  @Test
  void theLostRegionalAkimatsAreMissingRecordsAndTheDirectoryHasEveryOffice() {
    assertThat(offices).filteredOn(o -> o.flags().contains("missingInSource")).extracting(Office::id)
        .containsExactlyInAnyOrder("regional-akimat-west-kazakhstan", "regional-akimat-karaganda",
            "regional-akimat-kostanay", "regional-akimat-kyzylorda");
    assertThat(offices).hasSize(213 + 284 + 131 + 208 + 211 + 16 * 3);
  }

  @Test
  void idsAreUniqueAsciiAndGroupIdsValid() {
    assertThat(offices).extracting(Office::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[a-z0-9-]+"));
    assertThat(OfficeGroups.groupIds(offices)).allSatisfy(g -> assertThat(g).matches("[a-zA-Z0-9][a-zA-Z0-9._-]*"));
  }

  @Test
  void copiesAreMergedAndTheirStandardsKept() {
    Office psc = byId("psc-aktobe-05");
    assertThat(psc.name()).isEqualTo("Хромтау аудандық бөлім");
    // the Public Service Centre list is annex 2 of S01-S06 and S10 and annex 1 of S07; S01's copy wins
    assertThat(psc.standards()).containsExactly("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S10");
    assertThat(psc.sources().get(0).annex()).isEqualTo("S01-A2");
    Office pension = byId("pension-aktobe-12");
    assertThat(pension.standards()).containsExactly("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S09", "S10",
        "S11");
    Office ccsp = byId("ccsp-aktobe");
    assertThat(ccsp.sources()).extracting(Office.Source::annex).containsExactly("S01-A1-CCSP", "S02-A1-CCSP",
        "S04-A1-CCSP", "S05-A4", "S06-A1-CCSP", "S08-A3", "S10-A1-CCSP", "S11-A1-CCSP");
    // S08 annex 3 gives the department other addresses (decree-structure.md 3.3): its copy is marked as differing
    assertThat(ccsp.sources()).filteredOn(s -> s.annex().equals("S08-A3")).allMatch(Office.Source::differs);
  }

  @Test
  void theRow13AmendmentsAreInTheData() {
    Office city = byId("employment-aktobe-01");
    Set<String> amendments = city.sources().stream().map(Office.Source::annex).filter(a -> a.startsWith("D394"))
        .collect(Collectors.toSet());
    assertThat(amendments).hasSize(15); // items 3.3-3.17, lines 149-472
    assertThat(city.sources()).filteredOn(s -> s.annex().startsWith("D394")).extracting(Office.Source::line)
        .contains(156, 466);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # Known defects of the source
      pension-east-kazakhstan-11     | duplicateRowInSource:S07-A4:26402
      employment-aktobe-12           | duplicateRowInSource:S13-A1:45312
      employment-atyrau-06           | numberInferred
      employment-karaganda-16        | numberInferred
      # printed "0", 43362
      akimat-almaty-region-10        | numberOutOfSequence
      # Ақши, every copy
      psc-almaty-region-13           | phoneMissing
      # sobes.temirtay@kz
      employment-karaganda-06        | emailUnreadable
      pension-kostanay-06            | notInEveryCopy
      # Text glued across fields, moved where it belongs (below)
      ccsp-almaty                    | nextAnnexTitleInPhone
      psc-astana-12                  | nextAnnexTitleInPhone
      mse-west-kazakhstan-04         | emailRepaired
      regional-employment-kostanay   | webSiteInPhone
      # What cannot be read is kept as printed and flagged.
      akimat-akmola-15               | emailMalformed
      akimat-karaganda-16            | webSiteMalformed
      employment-north-kazakhstan-04 | webSiteMalformed
      """)
  void anOfficeIsFlaggedWithWhatTheSourceGotWrong(String id, String flag) {
    assertThat(byId(id).flags()).contains(flag);
  }

  @Test
  void fourMseUnitsOfAtyrauHaveNoPhone() {
    assertThat(offices).filteredOn(o -> o.kind() == OfficeKind.mse && o.region().equals("Атырау облысы"))
        .filteredOn(o -> o.flags().contains("phoneMissing")).hasSize(4);
  }

  /** Where the decree lies next to a checkout on the project's machines; a fresh clone has none (skipped). */
  static final java.nio.file.Path DECREE = java.nio.file.Path.of("../shared/seed/000_19c8f849c39af460.txt");

  @Test
  void theCommittedDataIsWhatTheImporterWritesFromTheDecree() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(DECREE), "no decree text at " + DECREE);
    List<Office> imported = kz.qyzmet.directory.importer.DirectoryImporter.importDecree(
        java.nio.file.Files.readAllLines(DECREE, java.nio.charset.StandardCharsets.UTF_8));
    String committed = new String(DirectoryDataTest.class.getResourceAsStream("/" + DirectoryInitializer.DATA)
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(kz.qyzmet.directory.importer.DirectoryImporter.toJson(imported)).isEqualTo(committed);
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # Lines 2480 and 4185: the next annex's title was read into the last row's phone.
      ccsp-almaty                  | phone   | 8 (7272) 79-58-01
      psc-astana-12                | phone   | 8(7172) 50-91-95
      # Line 28929: "44/2mse3_uralsk@gcvp.kz", the end of the house number cut into the e-mail.
      mse-west-kazakhstan-04       | address | Орал қаласы, Сарайшық көшесі, 44/2
      mse-west-kazakhstan-04       | email   | mse3_uralsk@gcvp.kz
      # Line 42908: the department's web site printed in the phone cell.
      regional-employment-kostanay | phone   | 8-7142- 50-06-16
      regional-employment-kostanay | website | www.kostanay.kz
      # Most akimats print their web site after the house number: it is the office's website, not its address.
      akimat-south-kazakhstan-07   | address | Жетісай қаласы, М. Әуезов көшесі, 20
      akimat-south-kazakhstan-07   | website | maktaaral.kz
      akimat-atyrau-02             | address | Құлсары қаласы, Махамбет даңғылы, 26
      akimat-north-kazakhstan-14   | website | petropavl.sko.kz
      akimat-north-kazakhstan-14   | email   | petropavlovsk@sko.kz
      """)
  void textGluedAcrossFieldsIsMovedWhereItBelongs(String id, String field, String value) {
    Office office = byId(id);
    String read = switch (field) {
      case "phone" -> office.phone();
      case "address" -> office.address();
      case "email" -> office.email();
      case "website" -> office.website();
      default -> throw new IllegalArgumentException(field);
    };
    assertThat(read).isEqualTo(value);
  }

  @Test
  void sixAkimatsHadAWebSiteGluedToTheirEmail() {
    // a web site glued before or after the e-mail
    Map<String, List<String>> glued = Map.of(
        "akimat-karaganda-14", List.of("karkar_orgotdel@mail.ru", "karkaraly.kz"),
        "akimat-kyzylorda-01", List.of("aralkalasy@mail.ru, aral_akimat@mail.ru", "aralakimat.kz"),
        "akimat-kyzylorda-03", List.of("kazaly_akimat@mail.ru", "kazaly.kz"),
        "akimat-north-kazakhstan-11", List.of("timiryazevo-akimat@sko.kz", "tm.sko.kz"),
        "akimat-north-kazakhstan-12", List.of("ualihan-akimat@sko.kz", "ual-sko.kz"),
        "akimat-north-kazakhstan-13", List.of("shalakyn-akimat@sko.kz", "shn.sko.kz"));
    glued.forEach((id, contacts) -> {
      assertThat(byId(id).email()).as(id).isEqualTo(contacts.get(0));
      assertThat(byId(id).website()).as(id).isEqualTo(contacts.get(1));
      assertThat(byId(id).flags()).as(id).contains("webSiteGluedToEmail");
    });
  }

  static Office byId(String id) {
    return offices.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  /** A phone: digits and separators, with a fax or teletype number named ("Факс:", "Тел/факс:", "телетайп:"). */
  static final java.util.regex.Pattern PHONE =
      java.util.regex.Pattern.compile("(?:[0-9 ()+\\-–,;./]|[Фф]акс:?|[Тт]ел/факс:?|телетайп:?)*");
  /** One e-mail address, no web site glued to it (".kz" followed by more letters). */
  static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.(kz|ru|com|net|org)");

  /** A web site's or another address's domain with text glued after it: "karkaraly.kzkarkar_...", "mail.ruaral...". */
  static final java.util.regex.Pattern GLUED_SITE = java.util.regex.Pattern.compile("\\.(kz|ru|com)[a-z]");

  /** A web address: host name labels of Latin letters, digits and hyphens, then .kz, .ru or .com. */
  static final java.util.regex.Pattern WEBSITE = java.util.regex.Pattern.compile(
      "(?i)(www\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.(kz|ru|com)");

  /** Text of another field: an address ends with its house number, never with a web or e-mail address. */
  static final java.util.regex.Pattern CONTACT_IN_ADDRESS = java.util.regex.Pattern.compile(
      "(?i).*(\\.(kz|ru|com)|www\\.\\S+)\\s*$");

  /**
   * The source defects in phones, e-mails, web and postal addresses the directory still carries, each with its decree
   * line; the importer flags each. A new one fails the build (the importer or the data changed), a repaired one must
   * leave this list.
   */
  static final Map<String, String> KNOWN_CONTACT_DEFECTS = Map.ofEntries(
      Map.entry("akimat-akmola-15 email", "line 43107: '_sandakimat@mail.ru' begins with an underscore"),
      Map.entry("akimat-aktobe-11 website", "line 43253: 'hromtau_akimatrambler.ru', an e-mail that lost its @"),
      Map.entry("akimat-east-kazakhstan-15 website", "line 43640: 'katon-karagay.vko.go .kz', a space in the domain"),
      Map.entry("akimat-karaganda-16 website", "line 44017: 'osak_акимат.kz', Cyrillic and an underscore in the domain"),
      Map.entry("employment-north-kazakhstan-04 website", "line 42271: 'ro_esil.sko.kz', an underscore in the host"),
      Map.entry("employment-karaganda-06 address", "line 41722: 'sobes.temirtay@kz', no domain, left in the address"),
      Map.entry("mse-karaganda-05 address", "line 29063: 'mse3_zhezkazgan@gcvp.k z', left in the address"));

  @Test
  void everyPhoneEmailAndWebAddressOfEveryOfficeIsWellFormedOrAKnownSourceDefect() {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (Office office : offices) {
      if (office.phone() != null && !PHONE.matcher(office.phone()).matches()) {
        found.add(office.id() + " phone");
      }
      if (office.email() != null && java.util.Arrays.stream(office.email().split(","))
          .anyMatch(email -> !EMAIL.matcher(email.strip()).matches() || GLUED_SITE.matcher(email).find())) {
        found.add(office.id() + " email");
      }
      if (office.website() != null && java.util.Arrays.stream(office.website().split(","))
          .anyMatch(site -> !WEBSITE.matcher(site.strip()).matches())) {
        found.add(office.id() + " website");
      }
      if (office.address() != null && (office.address().contains("@")
          || CONTACT_IN_ADDRESS.matcher(office.address()).matches())) {
        found.add(office.id() + " address");
      }
    }
    assertThat(found).isEqualTo(new java.util.TreeSet<>(KNOWN_CONTACT_DEFECTS.keySet()));
  }
}
