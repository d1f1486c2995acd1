package kz.qyzmet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.complaints.Complaints;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.OfficeRouter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18, point 6: in the default profile every group a task of a demo district's case can be routed to (each role
 * its diagram and the building blocks it calls name, escalations to heads included, and each role of the standard's
 * catalogue entry: intake per channel, the deciding office, every complaint reviewer) has a demo user, as do the
 * national complaint reviewers; so whatever a demo case reaches, someone can open it.
 */
@QyzmetTest
@Tag("embedded-only")
class DemoUsersCoverRoutingTest {

  /** The districts the demo users serve: region and district as an applicant gives them. */
  static final List<String[]> DEMO_DISTRICTS = List.of(new String[] {"Ақтөбе облысы", "Ақтөбе"},
      new String[] {"Ақтөбе облысы", "Хромтау"}, new String[] {"Алматы қаласы", "Алмалы"},
      new String[] {"Алматы қаласы", "Бостандық"});

  private static final Pattern ROLE = Pattern.compile(
      "(?:candidateGroup\\(execution, '(\\w+)'\\)|escalate\\(execution, (?:'\\w+'|\\w+), '(\\w+)'\\))");
  private static final Pattern CALLED = Pattern.compile("calledElement=\"([\\w-]+)\"");

  @Autowired ProcessEngine engine;
  @Autowired OfficeRouter router;
  @Autowired StandardsCatalogue catalogue;

  @Test
  void everyGroupADemoCaseCanBeRoutedToHasADemoUser() throws IOException {
    Set<String> missing = new TreeSet<>();
    Set<String> checked = new LinkedHashSet<>();
    try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      for (Path diagram : diagrams.filter(p -> p.getFileName().toString().matches("s\\d\\d-.*\\.bpmn")).toList()) {
        String standard = "S" + diagram.getFileName().toString().substring(1, 3);
        Set<String> roles = roles(diagram, new LinkedHashSet<>());
        // and every role the catalogue routes the standard's work to: intake at each channel, the deciding office
        // (which reconsiders an upheld complaint), each complaint reviewer (complaint.bpmn takes them from here)
        Standard.Roles catalogued = catalogue.get(standard).roles();
        roles.addAll(catalogued.intake().values());
        roles.add(catalogued.deciding());
        catalogued.complaintReview().forEach(rule -> roles.add(rule.role()));
        for (String role : roles) {
          for (String[] place : DEMO_DISTRICTS) {
            String group;
            try {
              group = router.resolve(standard, role, place[0], place[1]).candidateGroup();
            } catch (DirectoryException e) {
              continue; // the standard is not served in this district by that role (e.g. S12 by an akim)
            }
            checked.add(group);
            if (engine.getIdentityService().createUserQuery().memberOfGroup(group).count() == 0) {
              missing.add(group + " (" + standard + ", " + role + ", " + place[1] + ")");
            }
          }
        }
      }
    }
    for (String group : List.of(Complaints.MINISTRY_GROUP, Complaints.MINISTRY_HEAD_GROUP,
        Complaints.PSC_ENTERPRISE_GROUP)) {
      checked.add(group);
      if (engine.getIdentityService().createUserQuery().memberOfGroup(group).count() == 0) {
        missing.add(group);
      }
    }
    assertThat(checked).hasSizeGreaterThan(20);
    assertThat(missing).as("groups a demo case reaches without a demo user").isEmpty();
  }

  /** The roles a diagram routes to, with those of the building blocks it calls. */
  private static Set<String> roles(Path diagram, Set<String> roles) throws IOException {
    String xml = Files.readString(diagram);
    Matcher role = ROLE.matcher(xml);
    while (role.find()) {
      roles.add(role.group(1) != null ? role.group(1) : role.group(2));
    }
    Matcher called = CALLED.matcher(xml);
    while (called.find()) {
      try (Stream<Path> blocks = Files.list(Path.of("processes"))) {
        for (Path block : blocks.toList()) {
          if (Files.readString(block).contains("<bpmn:process id=\"" + called.group(1) + "\"")) {
            roles(block, roles);
          }
        }
      }
    }
    return roles;
  }
}
