package kz.qyzmet.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.catalogue.Standard.Deadline;
import org.junit.jupiter.api.Test;

class StandardsCatalogueTest {

  final StandardsCatalogue catalogue = new StandardsCatalogue();

  @Test
  void s01HasTheTermsOfItem7() {
    Standard s01 = catalogue.get("S01");
    // S01 item 7.1: one working day to hand over (line 548), ten to serve (line 550), five to notify (line 552).
    assertThat(s01.deadline("handover")).get()
        .extracting(Deadline::value, Deadline::unit, Deadline::start, Deadline::line)
        .containsExactly(1, Deadline.Unit.workingDays, "acceptedAt", 548);
    assertThat(s01.deadline("service")).get()
        .extracting(Deadline::value, Deadline::unit, Deadline::start, Deadline::line)
        .containsExactly(10, Deadline.Unit.workingDays, "registeredAt", 550);
    assertThat(s01.deadline("notification")).get()
        .extracting(Deadline::value, Deadline::unit, Deadline::start, Deadline::line)
        .containsExactly(5, Deadline.Unit.workingDays, "decidedAt", 552);
    assertThat(s01.deadline("resultStorage")).get()
        .extracting(Deadline::value, Deadline::unit).containsExactly(1, Deadline.Unit.months);
    assertThat(s01.deadline("service").get().citation("S01")).isEqualTo("S01 item 7.1, line 550");
  }

  @Test
  void s01NeedsTheFourDocumentsOfItem11AtACentreOrBranchButThePortalOnlyInforms() {
    Standard s01 = catalogue.get("S01");
    assertThat(s01.requiredDocuments(null)).extracting(Standard.Document::code)
        .containsExactly("application", "identityDocumentCopy", "residenceProof", "bankAccountDetails");
    assertThat(s01.applicationChannels(null)).containsExactlyInAnyOrder("branch", "psc", "mobilePsc");
    assertThat(s01.channel("portal")).get().extracting(Standard.Channel::takesApplications).isEqualTo(false);
  }

  @Test
  void documentsDependOnTheChannelOnlyWhereTheDecreeSaysSo() {
    // S07 item 11 (lines 23405-23431) and S09 item 11 (lines 30442-30470): the portal takes only the e-signed request.
    Standard s07 = catalogue.get("S07");
    assertThat(s07.requiredDocuments("ownFunds", "portal")).extracting(Standard.Document::code)
        .containsExactly("electronicRequest");
    assertThat(s07.requiredDocuments("ownFunds", "psc")).extracting(Standard.Document::code)
        .containsExactly("application", "identityDocumentCopy");
    Standard s09 = catalogue.get("S09");
    assertThat(s09.requiredDocuments(null, "portal")).extracting(Standard.Document::code)
        .containsExactly("electronicRequest");
    assertThat(s09.requiredDocuments(null, "branch")).extracting(Standard.Document::code)
        .containsExactly("identityDocumentCopy", "taxpayerRegistrationNumber");
    // Every other standard's item 11 names one list for the unit and the centre (the centre only wants notarised
    // copies: notarisedAtPsc), and their portal only informs: no document of theirs is bound to a channel.
    for (Standard standard : catalogue.all()) {
      if (!standard.code().equals("S07") && !standard.code().equals("S09")) {
        assertThat(standard.documents()).as(standard.code()).allSatisfy(d -> assertThat(d.channels()).isEmpty());
        for (String channel : standard.applicationChannels(null)) {
          assertThat(standard.requiredDocuments(null, channel)).as(standard.code() + " at " + channel)
              .isEqualTo(standard.requiredDocuments(null));
        }
      }
    }
  }

  @Test
  void s05AndS10ListTheSameFourTerminationGroundsAsTerminationGrounds() {
    // S05 lines 16252-16268, S10 lines 33550-33566: grounds for stopping an assigned allowance.
    assertThat(catalogue.get("S05").terminationGrounds()).extracting(Standard.RefusalGround::code)
        .containsExactly("childDeath", "fullStateCare", "falseData", "parentalRights");
    assertThat(catalogue.get("S10").terminationGrounds())
        .extracting(Standard.RefusalGround::code, Standard.RefusalGround::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("childDeath", 33554),
            org.assertj.core.groups.Tuple.tuple("fullStateCare", 33558),
            org.assertj.core.groups.Tuple.tuple("falseData", 33562),
            org.assertj.core.groups.Tuple.tuple("parentalRights", 33566));
  }

  @Test
  void theMinistrysComplaintChannelsAreListedWhereSection5ListsThem() {
    for (Standard standard : catalogue.all()) {
      boolean listed = !java.util.Set.of("S08", "S12", "S13").contains(standard.code());
      assertThat(standard.ministryComplaintChannels()).as(standard.code()).hasSize(listed ? 5 : 0);
    }
    assertThat(catalogue.get("S01").ministryComplaintChannelsLine()).isEqualTo(736);
  }

  @Test
  void everyEntryCitesALineInsideItsAnnex() {
    for (Standard standard : catalogue.all()) {
      int first = standard.lines().get(0);
      int last = standard.lines().get(1);
      standard.deadlines().forEach(d -> assertThat(d.line()).as(standard.code() + " " + d.id()).isBetween(first, last));
      standard.documents().forEach(d -> assertThat(d.line()).as(standard.code() + " " + d.code()).isBetween(first, last));
    }
  }

  @Test
  void aBrokenEntryStopsLoadingAndEveryProblemIsNamed() {
    assertThatThrownBy(() -> new StandardsCatalogue("classpath*:catalogue/broken/S*.yaml"))
        .isInstanceOf(CatalogueException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).problems()).containsExactlyInAnyOrder(
            "S02.yaml: serviceForm: must be one of " + CatalogueValidator.SERVICE_FORMS,
            "S02.yaml: documents[0] (application): line 618 is outside the annex (lines 4297-8310)",
            "S02.yaml: subtypes[0] (disability): needs ru text",
            "S02.yaml: subtypes[0] (disability): document medicalCertificate is not in documents",
            "S02.yaml: deadlines[0] (service): value must be positive, is -10",
            "S02.yaml: roles.intake: needs the role taking applications at psc",
            "S02.yaml: roles.intake: channel branch is not in channels"));
  }

  @Test
  void theFifteenStandardsOfDecree394ThatTheDecreeOnlyAmendsAreListedWithTheirLines() {
    assertThat(catalogue.amended()).hasSize(15);
    AmendedStandard targetedAssistance = catalogue.findAmended("D394-3.9").orElseThrow();
    // Item 3.9 (line 271) sets the form of service to non-automated (line 279) and adds the Aktobe city department
    // as row 13 of annex 1 (line 288).
    assertThat(targetedAssistance.line()).isEqualTo(271);
    assertThat(targetedAssistance.title().kk()).isEqualTo("Мемлекеттiк атаулы әлеуметтiк көмек тағайындау");
    assertThat(targetedAssistance.changes()).extracting(AmendedStandard.Change::serviceForm,
        AmendedStandard.Change::addedOffice, AmendedStandard.Change::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("nonAutomated", null, 279),
            org.assertj.core.groups.Tuple.tuple(null, "employment-aktobe-01", 288));
    assertThat(catalogue.amended()).filteredOn(a -> a.changes().stream().anyMatch(c -> c.serviceForm() != null))
        .extracting(AmendedStandard::code)
        .containsExactly("D394-3.8", "D394-3.9", "D394-3.10", "D394-3.11", "D394-3.12", "D394-3.15");
  }

  /** Norms the intake measures for every case: waitingMinutes and serviceMinutes (item 7.2-7.3 of the standards). */
  static final java.util.Set<String> MEASURED_BY_INTAKE = java.util.Set.of("waiting", "serviceTime", "service");

  @Test
  void theMobileCentresStayIsAMinimumOfSixHoursInEveryStandardWithAMobileCentre() {
    for (Standard standard : catalogue.all()) {
      assertThat(standard.deadline("mobilePscStay").isPresent()).as(standard.code())
          .isEqualTo(standard.channel("mobilePsc").isPresent());
      standard.deadline("mobilePscStay").ifPresent(stay -> assertThat(stay)
          .extracting(Deadline::value, Deadline::unit, Deadline::isMinimum)
          .containsExactly(6, Deadline.Unit.hours, true));
    }
    // S08 item 7.4 (line 28130): the off-site examinations only.
    assertThat(catalogue.get("S08").deadline("serviceTimeOffSite")).get()
        .extracting(Deadline::value, Deadline::unit, Deadline::line, Deadline::subtypes)
        .containsExactly(4, Deadline.Unit.hours, 28130,
            java.util.List.of("atHomeOrHospital", "atSpecialisedInstitution", "inDetention"));
  }

  @Test
  void everyTimerDeadlineOfEveryStandardIsEnforcedByADiagramAndEveryNormIsRecorded() throws Exception {
    // Issue 6 point 7: a term of kind "timer" must appear as deadlines.due(execution, '<id>') in the standard's own
    // diagram or in a building block it calls; a "norm" is recorded per case (intake variables, or the reports).
    java.util.Map<String, String> diagrams = new java.util.HashMap<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      for (var file : files.toList()) {
        diagrams.put(file.getFileName().toString(), java.nio.file.Files.readString(file));
      }
    }
    for (Standard standard : catalogue.all()) {
      String own = diagrams.values().stream().filter(xml -> xml.contains("<bpmn:process id=\"" + standard.code() + "\""))
          .findFirst().orElse(null);
      if (own == null) {
        continue; // not modelled yet: its issue says so
      }
      StringBuilder reachable = new StringBuilder(own);
      java.util.regex.Matcher called = java.util.regex.Pattern.compile("calledElement=\"([^\"]+)\"").matcher(own);
      while (called.find()) {
        String block = called.group(1);
        diagrams.values().stream().filter(xml -> xml.contains("<bpmn:process id=\"" + block + "\"")).forEach(reachable::append);
      }
      if (standard.channel("portal").isPresent()) {
        reachable.append(diagrams.get("portal-information.bpmn"));
      }
      if (standard.channel("mobilePsc").isPresent()) {
        reachable.append(diagrams.get("mobile-psc-visit.bpmn")); // the centre's visit, which its applications name
      }
      for (Standard.Deadline deadline : standard.deadlines()) {
        if (deadline.kind() == Standard.Deadline.Kind.timer) {
          assertThat(reachable.toString()).as(standard.code() + " enforces " + deadline.id())
              .contains("deadlines.due(execution, '" + deadline.id() + "')");
        } else if (deadline.id().equals("portalInformation") && standard.channel("portal").isEmpty()) {
          continue; // S10 item 7 copies S01's portal term although S10 has no portal (READING in S10.yaml)
        } else if (!MEASURED_BY_INTAKE.contains(deadline.id())) {
          assertThat(reachable.toString()).as(standard.code() + " records norm " + deadline.id())
              .contains(deadline.id());
        }
      }
    }
  }

  @Test
  void anUnknownStandardIsNamed() {
    assertThatThrownBy(() -> catalogue.get("S99")).isInstanceOf(UnknownStandardException.class)
        .hasMessageContaining("S99");
  }
}
