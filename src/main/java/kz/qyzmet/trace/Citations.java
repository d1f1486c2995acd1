package kz.qyzmet.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the decree citations in a text: line citations in English ("S01 item 7.1, line 550", "line 548", "lines
 * 558-562") and in Kazakh ("S01, 7.1-тармақ, 550-жол"), and item citations without a line ("item 11", "11-тармақ",
 * "16-тармақтың 2-тармақшасы", "16-тармақ, 3)"). Which standard a line belongs to is decided by the line itself (the
 * standards' annexes do not overlap); the standard an item-only citation means comes from where it was found.
 */
public final class Citations {

  /** A citation of line {@code line} (through {@code lastLine} for a range), with the item the text states, if any. */
  public record LineCitation(int line, int lastLine, String statedItem) {}

  private static final Pattern ENGLISH_LINE = Pattern.compile(
      "(?i:(?:items?\\s+([0-9]+(?:\\.[0-9]+)?)(?:\\s*[-–]\\s*[0-9.]+)?(?:,\\s*|\\s*\\(|\\s+))?)lines?\\s+(\\d+)"
          + "(?:\\s*[-–]\\s*(\\d+))?((?:,\\s*\\d{3,}\\b(?!-))*)");
  private static final Pattern KAZAKH_LINE = Pattern.compile(
      "(?:([0-9]+(?:\\.[0-9]+)?)-тармақ(?:шасы)?,\\s*)?(\\d+)(?:[-–](\\d+))?-жол");
  private static final Pattern ENGLISH_ITEM = Pattern.compile(
      "(?i)\\bitems?\\s+([0-9]+(?:\\.[0-9]+)?)(?![0-9.]*(?:,\\s*|\\s*\\(|\\s+)lines?\\s)");
  private static final Pattern KAZAKH_ITEM = Pattern.compile(
      "(\\d+)-тармақ(?:тың\\s+(\\d+)\\)?-тармақшасы|,\\s*(\\d+)\\))?(?![^,;:]*?\\d+-жол)");

  private Citations() {}

  public static List<LineCitation> lines(String text) {
    List<LineCitation> found = new ArrayList<>();
    Matcher english = ENGLISH_LINE.matcher(text);
    while (english.find()) {
      found.add(cited(english));
      if (english.group(4) != null && !english.group(4).isEmpty()) {
        for (String more : english.group(4).split(",")) {
          if (!more.isBlank()) {
            int another = Integer.parseInt(more.strip());
            found.add(new LineCitation(another, another, null));
          }
        }
      }
    }
    found.addAll(kazakhLines(text));
    return found;
  }

  /** Only the English line citations ("line 550", "S01 item 7.1, line 550") of a text. */
  public static List<LineCitation> englishLines(String text) {
    List<LineCitation> found = new ArrayList<>(lines(text));
    found.subList(found.size() - kazakhLines(text).size(), found.size()).clear(); // lines() lists English first
    return found;
  }

  /** Only the Kazakh line citations ("550-жол") of a text. */
  public static List<LineCitation> kazakhLines(String text) {
    List<LineCitation> found = new ArrayList<>();
    Matcher kazakh = KAZAKH_LINE.matcher(text);
    while (kazakh.find()) {
      found.add(cited(kazakh));
    }
    return found;
  }

  /** The citation a line pattern found: both patterns have the stated item, the line and the range's last line. */
  private static LineCitation cited(Matcher match) {
    int line = Integer.parseInt(match.group(2));
    int last = match.group(3) == null ? line : Integer.parseInt(match.group(3));
    return new LineCitation(line, Math.max(line, last), match.group(1));
  }

  /** Items cited without a line, e.g. "item 11" or "16-тармақтың 2-тармақшасы" (as "16.2"). */
  public static List<String> items(String text) {
    List<String> found = new ArrayList<>();
    Matcher english = ENGLISH_ITEM.matcher(text);
    while (english.find()) {
      found.add(english.group(1));
    }
    Matcher kazakh = KAZAKH_ITEM.matcher(text);
    while (kazakh.find()) {
      String sub = kazakh.group(2) != null ? kazakh.group(2) : kazakh.group(3);
      found.add(sub == null ? kazakh.group(1) : kazakh.group(1) + "." + sub);
    }
    return found;
  }
}
