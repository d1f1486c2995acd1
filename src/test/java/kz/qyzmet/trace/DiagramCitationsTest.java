package kz.qyzmet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Citations an analyst can follow (issue 20, point 8): every decree line a diagram's documentation cites exists in the
 * shipped decree text and is not blank, and every documentation that cites a line starts with the Kazakh sentence
 * naming the standard, the item (or the standard's annex) and the line, for the same lines the English text cites.
 */
class DiagramCitationsTest {

  /** "S01, 7.1-тармақ, 550-жол", "S01, 7.2–7.3-тармақтар, 558–562-жолдар", "S12, 4-қосымша, 42722-жол". */
  static final Pattern KAZAKH = Pattern.compile(
      "(S\\d\\d), (?:([0-9.]+)(?:–[0-9.]+)?-тармақ(?:тар)?, |(\\d+)-қосымша, )?(\\d+)(?:–(\\d+))?-жол");

  static final DecreeText decree = new DecreeText();
  static final StandardsCatalogue catalogue = new StandardsCatalogue();

  static Stream<Path> diagrams() throws IOException {
    return Files.walk(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyCitedLineExistsInTheDecreeText(Path diagram) {
    for (Documented documented : documented(diagram)) {
      for (Citations.LineCitation citation : Citations.lines(documented.text())) {
        assertThat(decree.hasText(citation.line()))
            .as(diagram + " " + documented.id() + " cites line " + citation.line()).isTrue();
        // a range ("lines 8308-12029", a whole annex) may end on the blank line that closes it, but inside the text
        assertThat(citation.lastLine()).as(diagram + " " + documented.id() + " cites line " + citation.lastLine())
            .isLessThanOrEqualTo(decree.lineCount());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyDocumentationThatCitesALineHasItsKazakhCitationFirst(Path diagram) {
    for (Documented documented : documented(diagram)) {
      List<Citations.LineCitation> english = Citations.englishLines(documented.text());
      if (english.isEmpty()) {
        continue;
      }
      String what = diagram + " " + documented.id();
      assertThat(documented.text()).as(what + " starts with the Kazakh citation").matches("(?s)^S\\d\\d, .*");
      Set<Integer> kazakhLines = new TreeSet<>();
      Matcher kazakh = KAZAKH.matcher(documented.text());
      while (kazakh.find()) {
        int line = Integer.parseInt(kazakh.group(4));
        Standard standard = standardOf(line);
        assertThat(standard).as(what + ": line " + line + " belongs to a standard").isNotNull();
        assertThat(kazakh.group(1)).as(what + ": the standard of line " + line).isEqualTo(standard.code());
        if (kazakh.group(2) != null) {
          String item = decree.itemAt(standard.lines().get(0), standard.lines().get(1), line).orElseThrow();
          assertThat(item).as(what + ": the item of line " + line).isEqualTo(kazakh.group(2));
        }
        kazakhLines.add(line);
        if (kazakh.group(5) != null) {
          kazakhLines.add(Integer.parseInt(kazakh.group(5)));
        }
      }
      Set<Integer> englishLines = new TreeSet<>();
      english.forEach(citation -> {
        englishLines.add(citation.line());
        englishLines.add(citation.lastLine());
      });
      assertThat(kazakhLines).as(what + ": the Kazakh part cites the lines of the English part").isEqualTo(englishLines);
      String kazakhSentence = documented.text().substring(0, documented.text().indexOf(". ") + 1);
      assertThat(kazakhSentence).as(what + ": the Kazakh sentence says what the element does")
          .matches("(?s).*: \\S.*[әіңғүұқөһ].*");
    }
  }

  record Documented(String id, String text) {}

  static List<Documented> documented(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<Documented> found = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      for (Documentation documentation : element.getDocumentations()) {
        found.add(new Documented(element.getId(), documentation.getTextContent()));
      }
    }
    return found;
  }

  static Standard standardOf(int line) {
    return catalogue.all().stream()
        .filter(s -> line >= s.lines().get(0) && line <= s.lines().get(1))
        .findFirst().orElse(null);
  }
}
