package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed KATO codes of districts (src/main/resources/directory/kato-districts.csv) against the directory. */
class KatoDistrictsTest {

  static List<KatoDistricts.Entry> entries;

  @BeforeAll
  static void read() throws IOException {
    DirectoryDataTest.read();
    entries = KatoDistricts.bundled().entries();
  }

  @Test
  void codesAreNineDigitsUniqueAndCarryTheirRegionsPrefix() {
    assertThat(entries).hasSize(44);
    assertThat(entries.stream().map(KatoDistricts.Entry::code).distinct()).hasSameSizeAs(entries);
    for (KatoDistricts.Entry e : entries) {
      assertThat(e.code()).as(e.toString()).matches("\\d{9}").doesNotEndWith("0000000");
      // a district's code: region and district digits, zeros below (settlements have their own digits there)
      assertThat(e.code()).as(e.toString()).endsWith("00000");
      // listed under a region row of the source, whose prefix it carries; that region is the decree's region or the
      // one the classifier moved the decree region's districts to
      assertThat(e.sourceRegion()).as(e.toString()).matches("\\d{2}0000000");
      assertThat(e.code()).as(e.toString()).startsWith(e.sourceRegion().substring(0, 2));
      assertThat(e.region().katoPrefixes()).as(e.toString()).contains(e.code().substring(0, 2));
      assertThat(e.source()).as(e.toString()).isIn("A", "B", "C");
      assertThat(e.sourceName()).as(e.toString()).isNotBlank();
    }
  }

  @Test
  void everyCodeNamesADistrictTheDirectoryKnowsInThatRegion() {
    for (KatoDistricts.Entry e : entries) {
      assertThat(DirectoryDataTest.offices).as(e.toString())
          .anyMatch(o -> o.region().equals(e.region().nameKk()) && e.district().equals(o.district()));
    }
  }

  /** Which of the directory's district names no code reaches (printed for the record; the list is what it is). */
  @Test
  void districtsWithoutACodeAreListed() {
    Map<Region, Set<String>> coded = entries.stream().collect(Collectors.groupingBy(KatoDistricts.Entry::region,
        Collectors.mapping(e -> OfficeRouter.districtKey(e.district()), Collectors.toSet())));
    Map<String, Set<String>> without = new TreeMap<>();
    int names = 0;
    for (Region region : Region.values()) {
      Set<String> districts = DirectoryDataTest.offices.stream().filter(o -> o.region().equals(region.nameKk()))
          .map(Office::district).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
      names += districts.size();
      Set<String> keys = coded.getOrDefault(region, Set.of());
      // as the router compares names: "Астраханка" is reached by the code of "Астрахан"
      Set<String> missing = districts.stream().filter(d -> keys.stream().noneMatch(k -> OfficeRouter.matches(d, k)))
          .collect(Collectors.toCollection(TreeSet::new));
      if (!missing.isEmpty()) {
        without.put(region.nameKk(), missing);
      }
    }
    int missingCount = without.values().stream().mapToInt(Set::size).sum();
    System.out.printf("KATO codes: %d of the directory's %d district names (spellings) have a code; without:%n",
        names - missingCount, names);
    without.forEach((region, districts) -> System.out.println("  " + region + ": " + String.join(", ", districts)));
    // every region without a code row is listed whole; Akmola's only uncoded name is the village Красный Яр
    assertThat(without).containsKeys("Ақтөбе облысы", "Алматы қаласы", "Астана қаласы");
    assertThat(without.get("Ақмола облысы")).containsExactly("Красный Яр");
  }
}
