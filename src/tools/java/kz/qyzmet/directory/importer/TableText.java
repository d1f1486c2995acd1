package kz.qyzmet.directory.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the decree's Word-to-text export of a table into rows and cells (decree-structure.md, section 3.1): a cell is a
 * line starting with TAB (or, in a few broken spots, space+TAB); lines without TAB continue the last cell, even after
 * blank lines; a TAB line after a blank line starts a new row; a line of spaces ends the table, and the non-TAB line
 * after it is a heading (region headings are written this way).
 */
final class TableText {

  /** A cell: its text (continuation lines joined with a space) and the decree line it starts on. */
  record Cell(int line, String text) {}

  /** A table row or a heading outside the table. */
  sealed interface Item permits Row, Heading {
    int line();
  }

  record Row(int line, List<Cell> cells) implements Item {
    String cell(int i) {
      return i < cells.size() ? cells.get(i).text() : "";
    }

    int cellLine(int i) {
      return i < cells.size() ? cells.get(i).line() : line;
    }
  }

  record Heading(int line, String text) implements Item {}

  private TableText() {}

  /** The items of {@code lines}, whose first element is decree line {@code firstLine}. */
  static List<Item> items(List<String> lines, int firstLine) {
    List<Item> items = new ArrayList<>();
    List<Cell> cells = null;        // the row being read
    StringBuilder cellText = null;  // the cell being read
    int cellLine = 0;
    boolean blankSinceCell = false;
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      int lineNo = firstLine + i;
      boolean tab = raw.startsWith("\t") || raw.startsWith(" \t");
      if (tab) {
        String text = clean(raw.substring(raw.indexOf('\t') + 1));
        if (cells != null && cellText != null) {
          cells.add(new Cell(cellLine, cellText.toString().strip()));
        }
        if (cells == null || blankSinceCell) {
          if (cells != null && !cells.isEmpty()) {
            items.add(new Row(cells.get(0).line(), cells));
          }
          cells = new ArrayList<>();
        }
        cellText = new StringBuilder(text);
        cellLine = lineNo;
        blankSinceCell = false;
        inTable = true;
      } else if (raw.isEmpty()) {
        blankSinceCell = true;
      } else if (clean(raw).isEmpty()) {
        // a line of spaces: the table (or its region part) ends here
        if (cells != null && cellText != null) {
          cells.add(new Cell(cellLine, cellText.toString().strip()));
          items.add(new Row(cells.get(0).line(), cells));
        }
        cells = null;
        cellText = null;
        inTable = false;
        blankSinceCell = false;
      } else if (inTable && cellText != null) {
        String text = clean(raw);
        cellText.append(cellText.isEmpty() ? "" : " ").append(text);
        blankSinceCell = false; // a row boundary is a TAB line right after a blank line
      } else {
        items.add(new Heading(lineNo, clean(raw)));
      }
    }
    if (cells != null && cellText != null) {
      cells.add(new Cell(cellLine, cellText.toString().strip()));
      items.add(new Row(cells.get(0).line(), cells));
    }
    return items;
  }

  /** No-break spaces become spaces, runs of spaces one space; trimmed. */
  static String clean(String text) {
    return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
  }
}
