package kz.qyzmet.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Kazakh text of Government Resolution No. 1059 as it ships with the project ({@code decree/resolution-1059.txt},
 * a byte-for-byte copy of the seed text, so line N here is line N everywhere the project cites it), and the item
 * structure of a standard read from that text: an item is an indented line "N. ...", a sub-item an indented line
 * "N) ..." under it (cited as "N.M"), a section heading an unindented "N. ..."; a standard's body ends where its own
 * first annex ("1-қосымша") begins.
 */
@Component
public class DecreeText {

  public static final String LOCATION = "decree/resolution-1059.txt";

  private static final Pattern ITEM = Pattern.compile("^[\\s\\u00a0]+(\\d+)\\.\\s.*");
  private static final Pattern SUB_ITEM = Pattern.compile("^[\\s\\u00a0]+(\\d+)\\)\\s.*");
  private static final Pattern SECTION = Pattern.compile("^(\\d+)\\.\\s+\\S.*");
  private static final Pattern OWN_ANNEX = Pattern.compile("^\\d+-қосымша.*");

  private final List<String> lines;
  private final java.util.Map<String, List<Item>> itemsOf = new java.util.concurrent.ConcurrentHashMap<>();

  public DecreeText() {
    try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> read = new ArrayList<>(List.of(text.split("\n", -1)));
      if (read.size() > 1 && read.get(read.size() - 1).isBlank()) {
        // the final newline ends line 47066; the text after it (a single space in the seed) is not a line
        read.remove(read.size() - 1);
      }
      this.lines = List.copyOf(read);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LOCATION, e);
    }
  }

  public int lineCount() {
    return lines.size();
  }

  /** Whether the line exists in the text and is not blank (a citation of a blank line points at nothing). */
  public boolean hasText(int line) {
    return line >= 1 && line <= lines.size() && !text(line).isEmpty();
  }

  /** Line {@code line} (1-based) without its indentation; empty for a blank or missing line. */
  public String text(int line) {
    if (line < 1 || line > lines.size()) {
      return "";
    }
    return lines.get(line - 1).replace('\u00a0', ' ').strip();
  }

  /** An item ("7") or sub-item ("7.1") of a standard's body and the lines it spans. */
  public record Item(String code, int firstLine, int lastLine) {
    public boolean contains(int line) {
      return line >= firstLine && line <= lastLine;
    }

    public boolean isSubItem() {
      return code.contains(".");
    }
  }

  /** The last line of a standard's body: the line before its own first annex, or {@code last}. */
  public int bodyEnd(int first, int last) {
    boolean started = false; // a standard may begin with the decree's own annex header ("2-қосымша"): skip it
    for (int line = first + 1; line <= Math.min(last, lines.size()); line++) {
      started |= SECTION.matcher(lines.get(line - 1)).matches();
      if (started && OWN_ANNEX.matcher(lines.get(line - 1)).matches()) {
        return line - 1;
      }
    }
    return Math.min(last, lines.size());
  }

  /** The items and sub-items of the body of the standard that spans lines {@code first..last}, in text order. */
  public List<Item> items(int first, int last) {
    return itemsOf.computeIfAbsent(first + "-" + last, key -> readItems(first, last));
  }

  private List<Item> readItems(int first, int last) {
    int end = bodyEnd(first, last);
    List<Item> found = new ArrayList<>();
    String item = null;
    int itemStart = 0;
    String subItem = null;
    int subStart = 0;
    for (int line = first; line <= end; line++) {
      String text = lines.get(line - 1);
      Matcher matcher;
      if (SECTION.matcher(text).matches()) {
        if (subItem != null) {
          found.add(new Item(subItem, subStart, line - 1));
          subItem = null;
        }
        if (item != null) {
          found.add(new Item(item, itemStart, line - 1));
          item = null;
        }
      } else if ((matcher = ITEM.matcher(text)).matches()) {
        if (subItem != null) {
          found.add(new Item(subItem, subStart, line - 1));
          subItem = null;
        }
        if (item != null) {
          found.add(new Item(item, itemStart, line - 1));
        }
        item = matcher.group(1);
        itemStart = line;
      } else if ((matcher = SUB_ITEM.matcher(text)).matches() && item != null) {
        if (subItem != null) {
          found.add(new Item(subItem, subStart, line - 1));
        }
        subItem = item + "." + matcher.group(1);
        subStart = line;
      }
    }
    if (subItem != null) {
      found.add(new Item(subItem, subStart, end));
    }
    if (item != null) {
      found.add(new Item(item, itemStart, end));
    }
    found.sort(java.util.Comparator.comparingInt(Item::firstLine).thenComparing(Item::isSubItem));
    return List.copyOf(found);
  }

  /** The deepest item of the standard spanning {@code first..last} that contains {@code line}. */
  public Optional<String> itemAt(int first, int last, int line) {
    String best = null;
    for (Item item : items(first, last)) {
      if (item.contains(line) && (best == null || item.isSubItem())) {
        best = item.code();
      }
    }
    return Optional.ofNullable(best);
  }
}
