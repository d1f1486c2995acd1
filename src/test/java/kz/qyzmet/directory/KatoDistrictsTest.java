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
    assertThat(entries).hasSize(267);
    assertThat(entries.stream().map(KatoDistricts.Entry::code).distinct()).hasSameSizeAs(entries);
    for (KatoDistricts.Entry e : entries) {
      // nine digits, below region level (a region's own code ends in seven zeros)
      assertThat(e.code()).as(e.toString()).matches("\\d{9}").doesNotEndWith("0000000");
      // the decree region's prefix, or that of the region the classifier later moved its districts to
      assertThat(e.region().katoPrefixes()).as(e.toString()).contains(e.code().substring(0, 2));
      assertThat(e.sources()).as(e.toString()).isNotEmpty().isSubsetOf("A", "B", "C", "D", "E");
      assertThat(e.sourceName()).as(e.toString()).isNotBlank();
    }
    // South Kazakhstan's districts before 2018 (51) and since (Turkestan region 61, Shymkent city 79)
    assertThat(entries).filteredOn(e -> e.region() == Region.SOUTH_KAZAKHSTAN)
        .extracting(e -> e.code().substring(0, 2)).containsOnly("51", "61", "79");
  }

  @Test
  void theCodesOfTheRegionsAreThoseOfTheirDistricts() {
    // every region's KATO code (Region) has the prefix its districts' codes carry
    for (Region region : Region.values()) {
      assertThat(entries).filteredOn(e -> e.region() == region).as(region.nameKk())
          .anyMatch(e -> e.code().startsWith(region.kato().substring(0, 2)));
    }
  }

  @Test
  void everyCodeNamesADistrictTheDirectoryKnowsInThatRegion() {
    for (KatoDistricts.Entry e : entries) {
      for (String spelling : e.districts()) {
        assertThat(DirectoryDataTest.offices).as(e.code() + " " + spelling)
            .anyMatch(o -> o.region().equals(e.region().nameKk()) && spelling.equals(o.district()));
      }
    }
  }

  /** Which of the directory's district names no code reaches (printed for the record; the list is what it is). */
  @Test
  void districtsWithoutACodeAreListed() {
    Map<Region, Set<String>> coded = entries.stream().collect(Collectors.groupingBy(KatoDistricts.Entry::region,
        Collectors.flatMapping(e -> e.districts().stream().map(OfficeRouter::districtKey), Collectors.toSet())));
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
    // what is left are towns and villages with an office of their own, and the two cities' own names: Akmola's
    // village Красный Яр, Aktobe's towns Ембі and Қандыағаш (in Мұғалжар district)
    assertThat(without.get("Ақмола облысы")).containsExactly("Красный Яр");
    assertThat(without.get("Ақтөбе облысы")).containsExactlyInAnyOrder("Ембі", "Қандыағаш");
    assertThat(names - missingCount).isEqualTo(241);
  }
}
