package kz.qyzmet.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.catalogue.Standard;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The traceability report (issue 20): for every standard, each decree line and item the project cites and what cites
 * it (diagram elements by their documentation, forms by their texts, catalogue entries by their item and line, tests
 * by their source lines), the same the other way round, the items of the standard's body nothing cites, and the
 * catalogue's numbers (deadlines) that no diagram uses. Made once from the deployed resources on the class path:
 * {@code processes/*.bpmn}, {@code forms/*.form}, {@code catalogue/*.yaml}, the decree text and the test index.
 */
@Component
public class TraceReport {

  /** What cites: a diagram element, a form field, a catalogue entry or a test line. */
  public record Ref(String kind, String source, String id, String name) {}

  /** A cited line of the decree with its text, and what cites it. */
  public record CitedLine(int line, int lastLine, String item, String text, List<Ref> citedBy) {}

  /** An item cited without a line (forms, some tests), and what cites it. */
  public record CitedItem(String item, String text, List<Ref> citedBy) {}

  /** An item or sub-item of the standard's body. */
  public record Item(String item, int firstLine, int lastLine, String text) {}

  /** One citation as the reverse view shows it, beside the element: line, item and the line's text. */
  public record Cite(Integer line, Integer lastLine, String item, String statedItem, String text) {}

  /** What an element, form, entry or test cites in this standard. */
  public record Reverse(Ref ref, List<Cite> cites) {}

  /** A statutory number of the catalogue that no diagram names. */
  public record UnusedNumber(String id, String kind, int value, String unit, String item, int line, String text) {}

  public record StandardTrace(String code, Standard.Text title, List<Integer> lines, int items, int citedItems,
      List<CitedLine> citedLines, List<CitedItem> citedItemsWithoutLine, List<Item> uncitedItems,
      List<Reverse> reverse, List<UnusedNumber> catalogueNumbersNoDiagramUses, List<Reverse> itemMismatches) {}

  public record Summary(String code, Standard.Text title, int citedLines, int items, int citedItems,
      int uncitedItems, List<String> catalogueNumbersNoDiagramUses, int itemMismatches) {}

  public record Overview(String decree, int decreeLines, String testIndex, List<Summary> standards,
      List<CitedLine> outsideStandards) {}

  private static final Pattern DOCUMENTATION = Pattern.compile("<bpmn:documentation>.*?</bpmn:documentation>",
      Pattern.DOTALL);

  /** A range longer than this ("lines 478-4288", a whole annex) names a standard, not the items it spans. */
  static final int WHOLE_ANNEX = 200;

  private final StandardsCatalogue catalogue;
  private final DecreeText decree;
  private final TestCitationIndex tests;
  private final Map<String, StandardTrace> standards = new TreeMap<>();
  private final List<CitedLine> outside = new ArrayList<>();
  private boolean built;

  @org.springframework.beans.factory.annotation.Autowired
  public TraceReport(StandardsCatalogue catalogue, DecreeText decree) {
    this(catalogue, decree, TestCitationIndex.load());
  }

  TraceReport(StandardsCatalogue catalogue, DecreeText decree, TestCitationIndex tests) {
    this.catalogue = catalogue;
    this.decree = decree;
    this.tests = tests;
  }

  /** Made on first use, not at startup: reading every diagram and form is work the engine's start need not wait for. */
  private synchronized void ensureBuilt() {
    if (!built) {
      build();
      built = true;
    }
  }

  public Overview overview() {
    ensureBuilt();
    return new Overview(DecreeText.LOCATION, decree.lineCount(), testIndexNote(), standards.values().stream()
        .map(s -> new Summary(s.code(), s.title(), s.citedLines().size(), s.items(), s.citedItems(),
            s.uncitedItems().size(), s.catalogueNumbersNoDiagramUses().stream().map(UnusedNumber::id).toList(),
            s.itemMismatches().size()))
        .toList(), List.copyOf(outside));
  }

  public Optional<StandardTrace> standard(String code) {
    ensureBuilt();
    return Optional.ofNullable(code).map(standards::get);
  }

  public Collection<StandardTrace> standards() {
    ensureBuilt();
    return standards.values();
  }

  public String testIndexNote() {
    return switch (tests.source()) {
      case "build" -> "test sources indexed at build time (" + TestCitationIndex.LOCATION + ", "
          + tests.entries().size() + " citing lines)";
      case "checkout" -> "test sources read from src/test/java of the checkout (" + tests.entries().size()
          + " citing lines)";
      default -> "no test index in this build: tests are not shown";
    };
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** A raw citation found somewhere: by line (standard decided by the line) or by item (standard from the context). */
  private record Found(Ref ref, String context, List<Citations.LineCitation> lines, List<String> items) {}

  private void build() {
    List<Found> found = new ArrayList<>();
    Map<String, String> diagramTexts = new LinkedHashMap<>(); // process id -> XML without documentation
    Map<String, Set<String>> calls = new LinkedHashMap<>();   // process id -> called process ids
    for (Resource resource : resources("classpath*:processes/**/*.bpmn")) {
      String file = "processes/" + resource.getFilename();
      String xml = read(resource);
      BpmnModelInstance model = Bpmn.readModelFromStream(
          new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      String context = catalogue.find(process.getId()).isPresent() ? process.getId() : null;
      diagramTexts.put(process.getId(), DOCUMENTATION.matcher(xml).replaceAll(""));
      calls.put(process.getId(), new LinkedHashSet<>(model.getModelElementsByType(CallActivity.class).stream()
          .map(CallActivity::getCalledElement).toList()));
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        StringBuilder text = new StringBuilder();
        for (Documentation documentation : element.getDocumentations()) {
          text.append(documentation.getTextContent()).append('\n');
        }
        if (text.isEmpty()) {
          continue;
        }
        String name = element.getAttributeValue("name");
        Ref ref = new Ref("element", file, element.getId(),
            (name == null ? "" : name) + " (" + element.getElementType().getTypeName() + ")");
        found.add(new Found(ref, context, Citations.lines(text.toString()), Citations.items(text.toString())));
      }
    }
    for (Resource resource : resources("classpath*:forms/**/*.form")) {
      String file = "forms/" + resource.getFilename();
      String context = resource.getFilename().matches("s\\d\\d-.*")
          ? resource.getFilename().substring(0, 3).toUpperCase() : null;
      try {
        formCitations(new ObjectMapper().readTree(read(resource)), file, context, found);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    for (Standard standard : catalogue.all()) {
      catalogueCitations(standard, found);
    }
    for (TestCitationIndex.Entry entry : tests.entries()) {
      String fileName = entry.file().substring(entry.file().lastIndexOf('/') + 1);
      String context = fileName.matches("S\\d\\d[A-Z].*") ? fileName.substring(0, 3) : null;
      Ref ref = new Ref("test", entry.file(), entry.file() + ":" + entry.line(), entry.text());
      found.add(new Found(ref, context, Citations.lines(entry.text()), Citations.items(entry.text())));
    }
    Set<String> calledBlocks = new LinkedHashSet<>();
    calls.values().forEach(calledBlocks::addAll);
    for (Standard standard : catalogue.all()) {
      standards.put(standard.code(), trace(standard, found, usedDeadlineText(standard, diagramTexts, calls,
          calledBlocks)));
    }
    outside.addAll(outsideStandards(found));
  }

  private void formCitations(JsonNode node, String file, String context, List<Found> found) {
    if (node.isArray()) {
      node.forEach(child -> formCitations(child, file, context, found));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String field : List.of("label", "text", "description")) {
      if (node.path(field).isTextual()) {
        text.append(node.path(field).asText()).append('\n');
      }
    }
    for (JsonNode value : node.path("values")) {
      text.append(value.path("label").asText("")).append('\n');
    }
    String content = text.toString();
    List<Citations.LineCitation> lines = Citations.lines(content);
    List<String> items = Citations.items(content);
    if (!lines.isEmpty() || !items.isEmpty()) {
      String id = node.path("key").asText(node.path("id").asText(""));
      String label = node.path("label").asText(node.path("type").asText(""));
      found.add(new Found(new Ref("form", file, id, label), context, lines, items));
    }
    node.forEach(child -> {
      if (child.isContainerNode()) {
        formCitations(child, file, context, found);
      }
    });
  }

  private static void catalogueCitations(Standard s, List<Found> found) {
    String file = "catalogue/" + s.code() + ".yaml";
    java.util.function.BiConsumer<String, Integer> add = (entry, line) -> {
      if (line != null) {
        found.add(new Found(new Ref("catalogue", file, entry, entry), s.code(),
            List.of(new Citations.LineCitation(line, line, null)), List.of()));
      }
    };
    add.accept("serviceForm " + s.serviceForm(), s.serviceFormLine());
    add.accept("decidingBody " + s.decidingBody(), s.decidingBodyLine());
    s.channels().forEach(c -> add.accept("channels." + c.code(), c.line()));
    s.subtypes().forEach(c -> add.accept("subtypes." + c.code(), c.line()));
    s.documents().forEach(c -> add.accept("documents." + c.code(), c.line()));
    s.documentAlternatives().forEach(c -> add.accept("documentAlternatives." + c.code(), c.line()));
    s.refusalGrounds().forEach(c -> add.accept("refusalGrounds." + c.code(), c.line()));
    s.terminationGrounds().forEach(c -> add.accept("terminationGrounds." + c.code(), c.line()));
    s.results().forEach(c -> add.accept("results." + c.code(), c.line()));
    s.deadlines().forEach(c -> add.accept("deadlines." + c.id() + " (" + c.value() + " " + c.unit() + ", "
        + c.kind() + ")", c.line()));
    s.qualityIndicators().forEach(c -> add.accept("qualityIndicators." + c.code(), c.line()));
  }

  /** The diagrams' expressions a standard's case runs: its own diagram, the blocks it calls, blocks nobody calls. */
  private static String usedDeadlineText(Standard standard, Map<String, String> texts, Map<String, Set<String>> calls,
      Set<String> calledBlocks) {
    StringBuilder text = new StringBuilder(texts.getOrDefault(standard.code(), ""));
    for (String called : calls.getOrDefault(standard.code(), Set.of())) {
      text.append(texts.getOrDefault(called, ""));
    }
    texts.forEach((process, xml) -> {
      if (!texts.containsKey(process) || process.matches("S\\d\\d") || calledBlocks.contains(process)) {
        return;
      }
      text.append(xml); // started by the application for any standard (portal information, mobile centre visit)
    });
    return text.toString();
  }

  private Optional<Standard> standardOfLine(int line) {
    return catalogue.all().stream()
        .filter(s -> s.lines().size() == 2 && line >= s.lines().get(0) && line <= s.lines().get(1))
        .findFirst();
  }

  private StandardTrace trace(Standard standard, List<Found> found, String diagramText) {
    int first = standard.lines().get(0);
    int last = standard.lines().get(1);
    List<DecreeText.Item> items = decree.items(first, last);
    Map<Integer, CitedLineBuilder> lines = new TreeMap<>();
    Map<String, List<Ref>> itemsWithoutLine = new TreeMap<>(DecreeStructureOrder.ITEMS);
    Map<Ref, List<Cite>> reverse = new LinkedHashMap<>();
    List<Reverse> mismatches = new ArrayList<>();
    Set<String> cited = new LinkedHashSet<>();
    for (Found f : found) {
      for (Citations.LineCitation citation : f.lines()) {
        if (citation.line() < first || citation.line() > last) {
          continue;
        }
        String item = decree.itemAt(first, last, citation.line()).orElse(null);
        lines.computeIfAbsent(citation.line(), l -> new CitedLineBuilder(l, item)).add(citation, f.ref());
        Cite cite = new Cite(citation.line(), citation.lastLine(), item, citation.statedItem(),
            decree.text(citation.line()));
        reverse.computeIfAbsent(f.ref(), r -> new ArrayList<>()).add(cite);
        boolean wholeAnnex = citation.lastLine() - citation.line() > WHOLE_ANNEX;
        for (DecreeText.Item i : items) {
          if (!wholeAnnex && i.firstLine() <= citation.lastLine() && citation.line() <= i.lastLine()) {
            cited.add(i.code());
          }
        }
        if (citation.statedItem() != null && item != null && !item.equals(citation.statedItem())
            && !item.startsWith(citation.statedItem() + ".")) {
          mismatches.add(new Reverse(f.ref(), List.of(cite)));
        }
      }
      if (standard.code().equals(f.context())) {
        for (String item : f.items()) {
          itemsWithoutLine.computeIfAbsent(item, i -> new ArrayList<>()).add(f.ref());
          reverse.computeIfAbsent(f.ref(), r -> new ArrayList<>()).add(new Cite(null, null, item, item,
              itemText(items, item)));
          cited.add(item);
        }
      }
    }
    List<Item> uncited = items.stream()
        .filter(i -> !cited.contains(i.code()))
        .map(i -> new Item(i.code(), i.firstLine(), i.lastLine(), decree.text(i.firstLine())))
        .toList();
    List<UnusedNumber> unused = standard.deadlines().stream()
        .filter(d -> !Pattern.compile("deadlines\\.\\w+\\(execution,\\s*'" + d.id() + "'").matcher(diagramText).find())
        .map(d -> new UnusedNumber(d.id(), d.kind().name(), d.value(), d.unit().name(), d.item(), d.line(),
            decree.text(d.line())))
        .toList();
    List<CitedItem> withoutLine = new ArrayList<>();
    itemsWithoutLine.forEach((item, refs) -> withoutLine.add(new CitedItem(item, itemText(items, item),
        refs.stream().distinct().toList())));
    return new StandardTrace(standard.code(), standard.title(), standard.lines(), items.size(),
        (int) items.stream().filter(i -> cited.contains(i.code())).count(),
        lines.values().stream().map(CitedLineBuilder::build).toList(), withoutLine, uncited,
        reverse.entrySet().stream().map(e -> new Reverse(e.getKey(), e.getValue().stream().distinct().toList()))
            .toList(),
        unused, mismatches);
  }

  private String itemText(List<DecreeText.Item> items, String item) {
    return items.stream().filter(i -> i.code().equals(item)).findFirst()
        .map(i -> decree.text(i.firstLine())).orElse("");
  }

  private List<CitedLine> outsideStandards(List<Found> found) {
    Map<Integer, CitedLineBuilder> lines = new TreeMap<>();
    for (Found f : found) {
      for (Citations.LineCitation citation : f.lines()) {
        if (standardOfLine(citation.line()).isEmpty()) {
          lines.computeIfAbsent(citation.line(), l -> new CitedLineBuilder(l, null)).add(citation, f.ref());
        }
      }
    }
    return lines.values().stream().map(CitedLineBuilder::build).toList();
  }

  private final class CitedLineBuilder {
    final int line;
    final String item;
    int lastLine;
    final Set<Ref> refs = new LinkedHashSet<>();

    CitedLineBuilder(int line, String item) {
      this.line = line;
      this.item = item;
      this.lastLine = line;
    }

    void add(Citations.LineCitation citation, Ref ref) {
      lastLine = Math.max(lastLine, citation.lastLine());
      refs.add(ref);
    }

    CitedLine build() {
      return new CitedLine(line, lastLine, item, decree.text(line), List.copyOf(refs));
    }
  }

  /** Items in the decree's order: 7 before 7.1 before 7.2 before 10. */
  private enum DecreeStructureOrder {
    ;
    static final java.util.Comparator<String> ITEMS = (a, b) -> {
      String[] x = a.split("\\.");
      String[] y = b.split("\\.");
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.length, y.length);
    };
  }

  private static Resource[] resources(String pattern) {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
      java.util.Arrays.sort(found, java.util.Comparator.comparing(Resource::getFilename));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
