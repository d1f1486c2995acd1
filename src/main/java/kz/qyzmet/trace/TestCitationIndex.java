package kz.qyzmet.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;

/**
 * The lines of the test sources that cite the decree. Tests are not on the application's class path, so the index is
 * made at build time: Maven runs {@link #main} in the {@code process-classes} phase (exec-maven-plugin, see pom.xml),
 * which scans {@code src/test/java} and writes {@code trace/test-citations.tsv} into the classes, so the packaged
 * application and {@code ./mvnw spring-boot:run} both serve it. When that file is missing (an IDE run without the build
 * step) the index reads {@code src/test/java} directly if the working directory is a checkout, and otherwise says that
 * it has no tests instead of pretending none cite anything.
 */
public final class TestCitationIndex {

  public static final String LOCATION = "trace/test-citations.tsv";

  /** One source line of a test that cites the decree. */
  public record Entry(String file, int line, String text) {}

  private final List<Entry> entries;
  private final String source;

  private TestCitationIndex(List<Entry> entries, String source) {
    this.entries = List.copyOf(entries);
    this.source = source;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Where the index came from, for the report: the build-time file, the checkout, or nowhere. */
  public String source() {
    return source;
  }

  public boolean available() {
    return !source.equals("none");
  }

  public static TestCitationIndex load() {
    ClassPathResource built = new ClassPathResource(LOCATION);
    if (built.exists()) {
      try (InputStream in = built.getInputStream()) {
        return new TestCitationIndex(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), "build");
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + LOCATION, e);
      }
    }
    Path sources = Path.of("src/test/java");
    if (Files.isDirectory(sources)) {
      return new TestCitationIndex(scan(sources), "checkout");
    }
    return new TestCitationIndex(List.of(), "none");
  }

  static List<Entry> parse(String tsv) {
    List<Entry> entries = new ArrayList<>();
    for (String row : tsv.split("\n")) {
      String[] cells = row.split("\t", 3);
      if (cells.length == 3) {
        entries.add(new Entry(cells[0], Integer.parseInt(cells[1]), cells[2]));
      }
    }
    return entries;
  }

  /** Every line of the Java sources under {@code root} that cites a decree line or item. */
  static List<Entry> scan(Path root) {
    List<Entry> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = root.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
          String text = lines.get(i).strip();
          if (!Citations.lines(text).isEmpty() || !Citations.items(text).isEmpty()) {
            found.add(new Entry("src/test/java/" + name, i + 1, text.replace('\t', ' ')));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot scan " + root, e);
    }
    return found;
  }

  /** Build step: {@code TestCitationIndex <test sources> <output file>}. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    StringBuilder tsv = new StringBuilder();
    if (Files.isDirectory(root)) {
      for (Entry entry : scan(root)) {
        tsv.append(entry.file()).append('\t').append(entry.line()).append('\t').append(entry.text()).append('\n');
      }
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, tsv, StandardCharsets.UTF_8);
  }
}
