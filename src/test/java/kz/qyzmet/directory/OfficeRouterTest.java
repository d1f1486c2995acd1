package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing over the committed directory: which office and group a given district resolves to. */
class OfficeRouterTest {

  static OfficeRouter router;

  @BeforeAll
  static void load() throws IOException {
    DirectoryDataTest.read();
    router = new OfficeRouter(DirectoryDataTest.offices);
  }

  @ParameterizedTest(name = "{0} {1} in {2}, {3} -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # Хромтау by the region's name or KATO code
      S01 | pscOperator            | Ақтөбе облысы | Хромтау        | psc-aktobe-05.pscOperator
      S01 | pscOperator            | 150000000     | Хромтау ауданы | psc-aktobe-05.pscOperator
      S01 | branchSpecialist       | 150000000     | Хромтау        | pension-aktobe-12.branchSpecialist
      S12 | employmentSpecialist   | Ақтөбе облысы | Хромтау        | employment-aktobe-12.employmentSpecialist
      S12 | akim                   | Ақтөбе облысы | Хромтау        | akimat-aktobe-11.akim
      # Aktobe city: no city branch of the pension centre, the regional branch sits in Aktobe and serves it
      S01 | branchHead             | Ақтөбе облысы | Ақтөбе         | pension-aktobe-01.branchHead
      # Almaty city's districts
      S02 | pscOperator            | Алматы қаласы | Алмалы         | psc-almaty-02.pscOperator
      S02 | pscOperator            | 750000000     | Бостандық      | psc-almaty-04.pscOperator
      # region-level roles, with or without a district
      S01 | ccspHead               | Ақтөбе облысы | Хромтау        | ccsp-aktobe.ccspHead
      S03 | ccspHead               | Ақтөбе облысы |                | ccsp-aktobe.ccspHead
      S13 | regionalEmploymentHead | Алматы қаласы |                | regional-employment-almaty.regionalEmploymentHead
      S13 | regionalAkim           | Ақтөбе облысы |                | regional-akimat-aktobe.regionalAkim
      """)
  void aDistrictsTaskGoesToItsOfficesGroup(String standard, String role, String region, String district,
      String group) {
    assertThat(router.resolve(standard, role, region, district).candidateGroup()).isEqualTo(group);
  }

  @Test
  void khromtausCentreIsTheOfficeOfTheAssignment() {
    OfficeAssignment a = router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау");
    assertThat(a.office().id()).isEqualTo("psc-aktobe-05");
    assertThat(a.role()).isEqualTo("pscOperator");
    assertThat(a.candidateGroup()).isEqualTo("psc-aktobe-05.pscOperator");
  }

  @Test
  void aReloadedDirectoryRoutesAnew() {
    OfficeRouter own = new OfficeRouter(DirectoryDataTest.offices);
    assertThat(own.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау").office().id()).isEqualTo("psc-aktobe-05");
    assertThat(own.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау").office().id()).isEqualTo("psc-aktobe-05");
    // Khromtau's centre closed: the same question now finds no centre in the district (answers do not outlive it)
    own.reload(DirectoryDataTest.offices.stream().filter(office -> !office.id().equals("psc-aktobe-05")).toList());
    assertThatThrownBy(() -> own.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау"))
        .isInstanceOf(DirectoryException.NoResponsibleOfficeException.class);
  }

  @Test
  void aktobeCity() {
    // the city department "Ақтөбе қалалық № 1 бөлім" (first in the table) for the Public Service Centre
    assertThat(router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Ақтөбе қаласы").office().id())
        .isEqualTo("psc-aktobe-01");
    // MSE units: the first numbered unit in the city, the methodology department excluded
    assertThat(router.resolve("S08", "msePanel", "Ақтөбе облысы", "Ақтөбе").office().id()).isEqualTo("mse-aktobe-02");
  }

  @Test
  void aLostRegionalAkimatHasNoStandIn() {
    // S13 annex 4 lost Karaganda's row: no office, and no stand-in either
    assertThatThrownBy(() -> router.resolve("S13", "regionalAkim", "Қарағанды облысы", null))
        .isInstanceOf(DirectoryException.NoResponsibleOfficeException.class).hasMessageContaining("Қарағанды облысы");
  }

  @Test
  void explicitOffice() {
    assertThat(router.resolve("psc-almaty-04", "pscHead").candidateGroup()).isEqualTo("psc-almaty-04.pscHead");
    assertThatThrownBy(() -> router.resolve("psc-almaty-04", "branchSpecialist"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("role");
    assertThatThrownBy(() -> router.resolve("psc-nowhere-99", "pscHead"))
        .isInstanceOf(DirectoryException.UnknownOfficeException.class).extracting("parameter").isEqualTo("officeId");
  }

  @Test
  void unknownInputIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Жоқтау"))
        .isInstanceOf(DirectoryException.UnknownDistrictException.class)
        .hasMessageContaining("Жоқтау").hasMessageContaining("Ақтөбе облысы")
        .extracting("parameter").isEqualTo("district");
    // Хромтау is a district of Aktobe region, not of Almaty city
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Алматы қаласы", "Хромтау"))
        .isInstanceOf(DirectoryException.UnknownDistrictException.class);
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақтөбе", "Хромтау"))
        .isInstanceOf(DirectoryException.UnknownRegionException.class).extracting("parameter").isEqualTo("region");
    assertThatThrownBy(() -> router.resolve("S01", "operator", "Ақтөбе облысы", "Хромтау"))
        .isInstanceOf(DirectoryException.UnknownRoleException.class).extracting("parameter").isEqualTo("role");
    assertThatThrownBy(() -> router.resolve("S14", "pscOperator", "Ақтөбе облысы", "Хромтау"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("standard");
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақтөбе облысы", null))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("district");
  }

  @Test
  void aDistrictByKatoCodeGoesWhereItsNameGoes() {
    // Хромтау district, 156000000 (geokz kaz_zones.csv; the address register's row of 2008)
    assertThat(router.resolve("S01", "pscOperator", "Ақтөбе облысы", "156000000").candidateGroup())
        .isEqualTo(router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау").candidateGroup())
        .isEqualTo("psc-aktobe-05.pscOperator");
    assertThat(router.resolve("S01", "branchSpecialist", "150000000", "156000000").candidateGroup())
        .isEqualTo("pension-aktobe-12.branchSpecialist");
    // Ақтөбе city: its administration's code and the city's own
    assertThat(router.resolve("S01", "pscOperator", null, "151000000").office().id()).isEqualTo("psc-aktobe-01");
    assertThat(router.resolve("S01", "pscOperator", null, "151010000").office().id()).isEqualTo("psc-aktobe-01");
    // Атбасар district of Akmola region, 113800000
    assertThat(router.resolve("S01", "pscOperator", "Ақмола облысы", "113800000").candidateGroup())
        .isEqualTo(router.resolve("S01", "pscOperator", "Ақмола облысы", "Атбасар").candidateGroup())
        .isEqualTo("psc-akmola-05.pscOperator");
    assertThat(router.resolve("S01", "branchSpecialist", "110000000", " 113800000 ").candidateGroup())
        .isEqualTo("pension-akmola-04.branchSpecialist");
    // the code names its region: the region may be left out
    assertThat(router.resolve("S12", "akim", null, "113800000").candidateGroup()).isEqualTo("akimat-akmola-04.akim");
    // renamed since 2012: район Биржан сал (114500000) is the decree's Еңбекшілдер, seat Степняк
    assertThat(router.resolve("S01", "pscOperator", "Ақмола облысы", "114500000").office().id())
        .isEqualTo("psc-akmola-11");
    // a South Kazakhstan district by its code of 2012 (51...) and by today's (Turkestan region, 61...)
    assertThat(router.resolve("S01", "pscOperator", "510000000", "514000000").candidateGroup())
        .isEqualTo(router.resolve("S01", "pscOperator", null, "614000000").candidateGroup())
        .isEqualTo(router.resolve("S01", "pscOperator", "Оңтүстік Қазақстан облысы", "Қазығұрт").candidateGroup());
    assertThat(router.resolve("S01", "branchSpecialist", "Оңтүстік Қазақстан облысы", "613800000").candidateGroup())
        .isEqualTo(router.resolve("S01", "branchSpecialist", "Оңтүстік Қазақстан облысы", "Мақтаарал")
            .candidateGroup());
    // a region-level role still checks the district code
    assertThat(router.resolve("S01", "ccspHead", null, "196800000").candidateGroup())
        .isEqualTo("ccsp-almaty-region.ccspHead");
  }

  @Test
  void everyCommittedCodeResolvesLikeItsDistrictName() {
    int offices = 0;
    for (KatoDistricts.Entry e : KatoDistricts.bundled().entries()) {
      for (String[] sr : new String[][] {{"S01", "pscOperator"}, {"S01", "branchSpecialist"},
          {"S12", "employmentSpecialist"}, {"S12", "akim"}}) {
        // the office one of the directory's spellings of the district finds; none if no spelling finds one
        java.util.Set<String> byName = e.districts().stream()
            .map(d -> outcome(sr[0], sr[1], e.region().nameKk(), d)).collect(java.util.stream.Collectors.toSet());
        String byCode = outcome(sr[0], sr[1], e.region().nameKk(), e.code());
        assertThat(outcome(sr[0], sr[1], null, e.code())).as(e.code() + " " + sr[1]).isEqualTo(byCode);
        if (byName.stream().allMatch(o -> o.startsWith("error"))) {
          assertThat(byCode).as(e.code() + " " + sr[1]).startsWith("error");
        } else {
          assertThat(byCode).as(e.code() + " " + sr[1]).doesNotStartWith("error").isIn(byName);
          offices++;
        }
      }
    }
    // nearly every coded district has all four offices
    assertThat(offices).isGreaterThan(4 * 250);
  }

  private static String outcome(String standard, String role, String region, String district) {
    try {
      return router.resolve(standard, role, region, district).candidateGroup();
    } catch (DirectoryException e) {
      return "error " + e.parameter();
    }
  }

  @Test
  void aWrongOrUnknownDistrictCodeIsAnErrorNamingTheDistrict() {
    // Хромтау's code with Almaty city, Атбасар's with Aktobe region
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Алматы қаласы", "156000000"))
        .isInstanceOf(DirectoryException.class).hasMessageContaining("Хромтау").extracting("parameter")
        .isEqualTo("district");
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақтөбе облысы", "113800000"))
        .isInstanceOf(DirectoryException.class).hasMessageContaining("113800000").hasMessageContaining("Ақмола облысы")
        .hasMessageContaining("Ақтөбе облысы").extracting("parameter").isEqualTo("district");
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "150000000", "113800000"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("district");
    // a region-level role too
    assertThatThrownBy(() -> router.resolve("S01", "ccspHead", "Ақтөбе облысы", "113800000"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("district");
    // a 9-digit code the committed table does not have (a settlement of Атбасар district), and no code at all
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақмола облысы", "113820100"))
        .isInstanceOf(DirectoryException.class).hasMessageContaining("113820100").extracting("parameter")
        .isEqualTo("district");
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", null, "999999999"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("district");
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", "Ақмола облысы", "1138"))
        .isInstanceOf(DirectoryException.class).hasMessageContaining("ҚАТО коды емес (9 цифр)").extracting("parameter")
        .isEqualTo("district");
    // a name without a region is not enough
    assertThatThrownBy(() -> router.resolve("S01", "pscOperator", null, "Атбасар"))
        .isInstanceOf(DirectoryException.class).extracting("parameter").isEqualTo("region");
  }

  @Test
  void aStandardWhoseAnnexesDoNotListTheKindHasNoOffice() {
    // S11 (funeral payments) is served by pension branches only (para 2): no Public Service Centre
    assertThatThrownBy(() -> router.resolve("S11", "pscOperator", "Ақтөбе облысы", "Хромтау"))
        .isInstanceOf(DirectoryException.NoResponsibleOfficeException.class).extracting("parameter")
        .isEqualTo("district");
  }
}
