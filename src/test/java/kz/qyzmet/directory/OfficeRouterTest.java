package kz.qyzmet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing over the committed directory: which office and group a given district resolves to. */
class OfficeRouterTest {

  static OfficeRouter router;

  @BeforeAll
  static void load() throws IOException {
    DirectoryDataTest.read();
    router = new OfficeRouter(DirectoryDataTest.offices);
  }

  @Test
  void khromtauByRegionNameOrKatoCode() {
    OfficeAssignment a = router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Хромтау");
    assertThat(a.office().id()).isEqualTo("psc-aktobe-05");
    assertThat(a.role()).isEqualTo("pscOperator");
    assertThat(a.candidateGroup()).isEqualTo("psc-aktobe-05.pscOperator");
    assertThat(router.resolve("S01", "pscOperator", "150000000", "Хромтау ауданы").candidateGroup())
        .isEqualTo("psc-aktobe-05.pscOperator");
    assertThat(router.resolve("S01", "branchSpecialist", "150000000", "Хромтау").candidateGroup())
        .isEqualTo("pension-aktobe-12.branchSpecialist");
    assertThat(router.resolve("S12", "employmentSpecialist", "Ақтөбе облысы", "Хромтау").candidateGroup())
        .isEqualTo("employment-aktobe-12.employmentSpecialist");
    assertThat(router.resolve("S12", "akim", "Ақтөбе облысы", "Хромтау").candidateGroup())
        .isEqualTo("akimat-aktobe-11.akim");
  }

  @Test
  void aktobeCity() {
    // the city department "Ақтөбе қалалық № 1 бөлім" (first in the table) for the Public Service Centre
    assertThat(router.resolve("S01", "pscOperator", "Ақтөбе облысы", "Ақтөбе қаласы").office().id())
        .isEqualTo("psc-aktobe-01");
    // no city branch of the pension centre: the regional branch sits in Aktobe and serves it
    assertThat(router.resolve("S01", "branchHead", "Ақтөбе облысы", "Ақтөбе").candidateGroup())
        .isEqualTo("pension-aktobe-01.branchHead");
    // MSE units: the first numbered unit in the city, the methodology department excluded
    assertThat(router.resolve("S08", "msePanel", "Ақтөбе облысы", "Ақтөбе").office().id()).isEqualTo("mse-aktobe-02");
  }

  @Test
  void almatyCityDistricts() {
    assertThat(router.resolve("S02", "pscOperator", "Алматы қаласы", "Алмалы").candidateGroup())
        .isEqualTo("psc-almaty-02.pscOperator");
    assertThat(router.resolve("S02", "pscOperator", "750000000", "Бостандық").candidateGroup())
        .isEqualTo("psc-almaty-04.pscOperator");
  }

  @Test
  void regionLevelRoles() {
    assertThat(router.resolve("S01", "ccspHead", "Ақтөбе облысы", "Хромтау").candidateGroup())
        .isEqualTo("ccsp-aktobe.ccspHead");
    assertThat(router.resolve("S03", "ccspHead", "Ақтөбе облысы", null).candidateGroup())
        .isEqualTo("ccsp-aktobe.ccspHead");
    assertThat(router.resolve("S13", "regionalEmploymentHead", "Алматы қаласы", null).candidateGroup())
        .isEqualTo("regional-employment-almaty.regionalEmploymentHead");
    assertThat(router.resolve("S13", "regionalAkim", "Ақтөбе облысы", null).candidateGroup())
        .isEqualTo("regional-akimat-aktobe.regionalAkim");
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
  void aStandardWhoseAnnexesDoNotListTheKindHasNoOffice() {
    // S11 (funeral payments) is served by pension branches only (para 2): no Public Service Centre
    assertThatThrownBy(() -> router.resolve("S11", "pscOperator", "Ақтөбе облысы", "Хромтау"))
        .isInstanceOf(DirectoryException.NoResponsibleOfficeException.class).extracting("parameter")
        .isEqualTo("district");
  }
}
