package kz.qyzmet.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeKind;
import kz.qyzmet.directory.Region;
import org.junit.jupiter.api.Test;

/** The importer on excerpts of the decree (src/test/resources/directory, with the decree's own line numbers). */
class DirectoryImporterTest {

  /** Lines of the fixture {@code <name>-<firstLine>.txt}. */
  private static List<String> fixture(String name, int firstLine) throws IOException {
    String path = "/directory/" + name + "-" + firstLine + ".txt";
    try (InputStream in = DirectoryImporterTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static List<Entry> parse(String name, int firstLine, Annex annex) throws IOException {
    return DirectoryImporter.parse(annex, fixture(name, firstLine), firstLine);
  }

  private static Annex annex(String code, OfficeKind kind, int from, int to) {
    return new Annex(code, code.substring(0, 3), kind, from, to, false);
  }

  @Test
  void pensionBranchesWithRegionHeadingAndMergedScheduleCell() throws IOException {
    List<Entry> rows = parse("s01-a1-akmola", 799, annex("S01-A1", OfficeKind.pensionBranch, 799, 2490));
    // rows 1-8 complete, row 9 starts at 866 and is cut off by the excerpt's end at 860: 7 rows + row 8 (860)
    assertThat(rows).extracting(Entry::number).startsWith("1", "2", "3", "4", "5", "6", "7");
    Entry first = rows.get(0);
    assertThat(first.region()).isEqualTo(Region.AKMOLA);
    assertThat(first.line()).isEqualTo(818);
    assertThat(first.name()).isEqualTo("Ақмола облыстық филиалы");
    assertThat(first.address()).isEqualTo("Көкшетау қаласы, М. Горький көшесі, 73");
    assertThat(first.email()).isEqualTo("akmola@gcvp.kz");
    assertThat(first.phone()).isEqualTo("8-71622 5-26-49");
    assertThat(first.schedule()).startsWith("Демалыс және").contains("сағат 9-00 бастап 18-00 дейін");
    // row 2 (824) has an empty schedule cell: the merged cell of row 1 applies
    assertThat(rows.get(1).name()).isEqualTo("Ақкөл аудандық бөлімшесі");
    assertThat(rows.get(1).schedule()).isEqualTo(first.schedule());
    // row 4 (836) has an address without a town: "Сейфуллин көшесі, 2 а"
    assertThat(rows.get(3).address()).isEqualTo("Сейфуллин көшесі, 2 а");
    assertThat(Names.locality(rows.get(3).address())).isNull();
    assertThat(Names.district(rows.get(1).name())).isEqualTo("Ақкөл");
  }

  @Test
  void theCcspTableInsideThePensionAnnexIsReadAsCcspBodies() throws IOException {
    List<Entry> rows = parse("s01-a1-ccsp", 2391, annex("S01-A1", OfficeKind.pensionBranch, 799, 2490));
    assertThat(rows).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo(OfficeKind.ccspBody);
      assertThat(e.annex()).isEqualTo("S01-A1-CCSP");
    });
    assertThat(rows).extracting(Entry::region)
        .containsExactly(Region.AKMOLA, Region.AKTOBE, Region.ALMATY_REGION, Region.ATYRAU);
    assertThat(rows.get(0).address()).isEqualTo("Көкшетау қаласы, Әуелбеков көшесі, 179 а");
    assertThat(rows.get(0).email()).isEqualTo("mt_kokshetau_org@gcvp.kz");
    assertThat(rows.get(0).phone()).isEqualTo("8 (7162) 76-38-61");
  }

  @Test
  void publicServiceCentreBranchAndDepartmentsWithPhonesOverSeveralLines() throws IOException {
    List<Entry> rows = parse("s01-a2-akmola", 2491, annex("S01-A2", OfficeKind.psc, 2491, 4195));
    assertThat(rows).extracting(Entry::key).startsWith("0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6");
    assertThat(rows.get(0).name()).isEqualTo("«Ақмола облысы бойынша орталық» РМК филиалы");
    assertThat(rows.get(0).region()).isEqualTo(Region.AKMOLA);
    assertThat(rows.get(0).phone()).isEqualTo("8 (7162) 40-10-76 8 (7162) 40-10-63");
    assertThat(rows.get(1).name()).isEqualTo("Көкшетау қалалық бөлімі");
    assertThat(rows.get(4).phone()).isEqualTo("8 (71644) 2-10-77 8 (71644) 2-28-28 8 (71644) 2-10-77");
    assertThat(rows.get(1).schedule()).isEqualTo(AnnexParser.PSC_SCHEDULE);
  }

  @Test
  void aRowPrintedTwiceIsOneOfficeFlaggedAsDuplicate() throws IOException {
    List<Entry> rows = parse("s07-a4-east-kazakhstan", 26280, annex("S07-A4", OfficeKind.pensionBranch, 25581, 28041));
    assertThat(rows).filteredOn(e -> e.name().startsWith("Зайсан")).extracting(Entry::line)
        .containsExactly(26391, 26402);
    List<Office> offices = DirectoryImporter.merge(rows, List.of());
    Office zaisan = offices.stream().filter(o -> o.name().startsWith("Зайсан")).findFirst().orElseThrow();
    assertThat(zaisan.id()).isEqualTo("pension-east-kazakhstan-11");
    assertThat(zaisan.flags()).containsExactly("duplicateRowInSource:S07-A4:26402");
    Office next = offices.stream().filter(o -> o.name().startsWith("Зырянов")).findFirst().orElseThrow();
    assertThat(next.id()).isEqualTo("pension-east-kazakhstan-12");
    assertThat(next.flags()).isEmpty();
  }

  @Test
  void aNumberCellCutOffByBlankLinesIsInferredAndFlagged() throws IOException {
    List<Entry> rows = parse("s12-a1-atyrau", 41273, annex("S12-A1", OfficeKind.employmentDept, 40889, 42608));
    Entry kurmangazy = rows.stream().filter(e -> e.name().startsWith("Құрманғазы")).findFirst().orElseThrow();
    assertThat(kurmangazy.key()).isEqualTo("6");
    assertThat(kurmangazy.line()).isEqualTo(41321);
    assertThat(kurmangazy.flags()).containsExactly("numberInferred");
    assertThat(kurmangazy.address()).isEqualTo("Ганюшкин ауылы, Болашақ көшесі, 15-үй");
    assertThat(kurmangazy.email()).isEqualTo("otdzisp@mail.ru");
  }

  @Test
  void theRow13AmendmentsBecomeSourcesOfTheAktobeCityDepartment() throws IOException {
    List<String> amendmentLines = fixture("d394-amendments", 147);
    List<Annex> items = Annex.decree394Amendments(amendmentLines, 147);
    // items 3.3 (row at 156), 3.4 (174) and 3.5 (190) lie in lines 147-200
    assertThat(items).extracting(Annex::code).containsExactly("D394-3.3", "D394-3.4", "D394-3.5");
    List<Entry> amendments = new ArrayList<>();
    for (Annex item : items) {
      amendments.addAll(DirectoryImporter.parse(item, amendmentLines, 147));
    }
    assertThat(amendments).extracting(Entry::line).containsExactly(156, 174, 190);
    assertThat(amendments.get(0).phone()).isEqualTo("87132 51-22-49, 51-64-18");
    assertThat(amendments.get(0).region()).isEqualTo(Region.AKTOBE);

    List<Entry> s12 = parse("s12-a1-aktobe", 41027, annex("S12-A1", OfficeKind.employmentDept, 40889, 42608));
    List<Office> offices = DirectoryImporter.merge(s12, amendments);
    Office city = offices.stream().filter(o -> o.id().equals("employment-aktobe-01")).findFirst().orElseThrow();
    assertThat(city.district()).isEqualTo("Ақтөбе");
    assertThat(city.name()).isEqualTo("Ақтөбе қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі");
    assertThat(city.line()).isEqualTo(41042); // S12 annex 1 wins; the amendments are listed as its sources
    assertThat(city.sources()).extracting(Office.Source::annex)
        .containsExactly("S12-A1", "D394-3.3", "D394-3.4", "D394-3.5");
    assertThat(city.standards()).containsExactly("S12", "D394-3.3", "D394-3.4", "D394-3.5");
    assertThat(offices).filteredOn(o -> o.district() != null && o.district().equals("Ақтөбе")).hasSize(1);
  }

  @Test
  void theCollapsedEndOfS13Annex4KeepsWhatSurvivesAndReportsRows7To10AsMissing() throws IOException {
    List<Entry> rows = parse("s13-a4", 46989, annex("S13-A4", OfficeKind.regionalAkimat, 46989, 47066));
    assertThat(rows).hasSize(16);
    List<Office> offices = DirectoryImporter.merge(rows, List.of());
    assertThat(offices).filteredOn(o -> o.flags().contains("missingInSource")).extracting(Office::id)
        .containsExactlyInAnyOrder("regional-akimat-west-kazakhstan", "regional-akimat-karaganda",
            "regional-akimat-kostanay", "regional-akimat-kyzylorda");
    assertThat(offices).filteredOn(o -> o.flags().contains("missingInSource"))
        .allSatisfy(o -> assertThat(o.name()).isNull());
    Office zhambyl = byId(offices, "regional-akimat-zhambyl");
    assertThat(zhambyl.number()).isEqualTo("6");
    assertThat(zhambyl.line()).isEqualTo(47037);
    assertThat(zhambyl.address()).isNull();
    assertThat(zhambyl.flags()).contains("numberInferred", "addressMissing", "phoneAmbiguous");
    Office mangystau = byId(offices, "regional-akimat-mangystau");
    assertThat(mangystau.number()).isEqualTo("11");
    assertThat(mangystau.address()).isEqualTo("Ақтау қаласы, 14 шағын ауданы, 1-үй");
    assertThat(mangystau.flags()).contains("nameMissing", "regionFromAddress", "phoneAmbiguous");
    Office pavlodar = byId(offices, "regional-akimat-pavlodar");
    assertThat(pavlodar.phone()).isEqualTo("32-40-42");
    assertThat(pavlodar.address()).isEqualTo("Сәтбаев көшесі, 49");
    assertThat(pavlodar.flags()).contains("addressInPhoneCell", "addressWithoutLocality");
    assertThat(byId(offices, "regional-akimat-north-kazakhstan").flags()).contains("phoneMissing", "numberInferred");
    assertThat(byId(offices, "regional-akimat-south-kazakhstan").number()).isEqualTo("14");
    assertThat(byId(offices, "regional-akimat-astana").flags()).isEmpty();
  }

  @Test
  void emailsAreRepairedAndFlagged() {
    assertThat(Names.email("Көкшетау қаласы, Пушкин көшесі, 23mseomk_akmola@gcvp.kz").address())
        .isEqualTo("mseomk_akmola@gcvp.kz");
    Names.Email spaced = Names.email("Аршалы ауылы, Тәшенов көшесі, 47-үй arshaly_rotz@koksh tau. online.kz");
    assertThat(spaced.address()).isEqualTo("arshaly_rotz@kokshtau.online.kz");
    assertThat(spaced.repaired()).isTrue();
    assertThat(Names.email("Ақкөл қаласы, 116 akmola4@gcvp.kz").repaired()).isFalse();
  }

  private static Office byId(List<Office> offices, String id) {
    return offices.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }
}
