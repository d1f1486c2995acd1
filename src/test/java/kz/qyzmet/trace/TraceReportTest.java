package kz.qyzmet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The traceability report (issue 20, point 4) made from the real catalogue, diagrams, forms, decree text and the
 * build-time index of the test sources.
 */
class TraceReportTest {

  static final TraceReport report = new TraceReport(new StandardsCatalogue(), new DecreeText(), TestCitationIndex.load());

  @Test
  void aCitedLineShowsItsTextAndEverythingThatEnforcesIt() {
    TraceReport.StandardTrace s01 = report.standard("S01").orElseThrow();
    TraceReport.CitedLine line550 = s01.citedLines().stream().filter(l -> l.line() == 550).findFirst().orElseThrow();
    assertThat(line550.item()).isEqualTo("7.1");
    assertThat(line550.text()).contains("он жұмыс күні ішінде");
    assertThat(line550.citedBy()).extracting(TraceReport.Ref::kind, TraceReport.Ref::source, TraceReport.Ref::id)
        .contains(
            org.assertj.core.groups.Tuple.tuple("element", "processes/s01-basic-pension.bpmn", "Task_ReviewApplication"),
            org.assertj.core.groups.Tuple.tuple("element", "processes/s01-basic-pension.bpmn", "Event_ServiceOverdue"),
            org.assertj.core.groups.Tuple.tuple("catalogue", "catalogue/S01.yaml",
                "deadlines.service (10 workingDays, timer)"));
    // The shared scenarios assert, in S01's row, the citation the head sees on a breach of the service term.
    assertThat(line550.citedBy()).filteredOn(ref -> ref.kind().equals("test")).extracting(TraceReport.Ref::source)
        .contains("src/test/java/kz/qyzmet/standards/SharedScenariosTest.java");
    // Building blocks cite the line of every standard they serve: the handover block cites S02's line 4379.
    assertThat(report.standard("S02").orElseThrow().citedLines().stream().filter(l -> l.line() == 4379).findFirst()
        .orElseThrow().citedBy()).extracting(TraceReport.Ref::source).contains("processes/branch-handover.bpmn");
  }

  @Test
  void theReverseViewShowsTheCitedLinesTextBesideEachElement() {
    TraceReport.StandardTrace s01 = report.standard("S01").orElseThrow();
    TraceReport.Reverse timer = s01.reverse().stream()
        .filter(r -> r.ref().id().equals("Event_ServiceOverdue")).findFirst().orElseThrow();
    assertThat(timer.ref().name()).startsWith("Он жұмыс күні өтті");
    assertThat(timer.cites()).extracting(TraceReport.Cite::line, TraceReport.Cite::item)
        .contains(org.assertj.core.groups.Tuple.tuple(550, "7.1"));
    assertThat(timer.cites()).allSatisfy(cite -> assertThat(cite.text()).isNotBlank());
  }

  @Test
  void formsCiteItemsOfTheirStandard() {
    // S01's forms list the documents of item 11 ("11-тармақ").
    TraceReport.CitedItem item11 = report.standard("S01").orElseThrow().citedItemsWithoutLine().stream()
        .filter(i -> i.item().equals("11")).findFirst().orElseThrow();
    assertThat(item11.citedBy()).extracting(TraceReport.Ref::kind).contains("form");
    assertThat(item11.text()).startsWith("11.");
  }

  @Test
  void itemsNothingCitesAreListed() {
    TraceReport.StandardTrace s01 = report.standard("S01").orElseThrow();
    List<String> uncited = s01.uncitedItems().stream().map(TraceReport.Item::item).toList();
    // Item 7.1 is cited by the diagrams, so neither it nor item 7 is listed; item 8 (free of charge) is not enforced.
    assertThat(uncited).doesNotContain("7", "7.1", "11", "16").contains("8");
    assertThat(s01.items()).isEqualTo(s01.citedItems() + uncited.size());
    // The whole-annex range of the process documentation ("lines 478-4290") does not count as citing every item.
    assertThat(uncited).isNotEmpty();
  }

  @Test
  void aCatalogueNumberNoDiagramUsesIsFlagged() {
    TraceReport.StandardTrace s01 = report.standard("S01").orElseThrow();
    // S01's waiting and service-time norms are measured by the intake code, not named by a diagram; the timers are.
    assertThat(s01.catalogueNumbersNoDiagramUses()).extracting(TraceReport.UnusedNumber::id)
        .contains("waiting", "serviceTime")
        .doesNotContain("handover", "service", "notification", "portalInformation", "resultStorage");
    assertThat(report.overview().standards()).filteredOn(s -> s.code().equals("S01")).singleElement()
        .satisfies(s -> assertThat(s.catalogueNumbersNoDiagramUses()).contains("waiting"));
  }

  @Test
  void theTestIndexComesFromTheBuild() {
    assertThat(report.testIndexNote()).startsWith("test sources indexed at build time");
  }
}
