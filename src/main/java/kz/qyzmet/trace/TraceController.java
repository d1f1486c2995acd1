package kz.qyzmet.trace;

import java.util.List;
import java.util.stream.Collectors;
import kz.qyzmet.catalogue.UnknownStandardException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The traceability report: {@code GET /api/trace} (JSON overview), {@code GET /api/trace/{code}} (JSON, one standard)
 * and {@code GET /api/trace.html} (the same as a page, {@code ?standard=S01} for one standard). Under {@code /api}, so
 * the same HTTP Basic login of an engine user applies as to the rest of Qyzmet's API; the report holds no personal
 * data, only the decree, the diagrams, forms, catalogue and tests.
 */
@RestController
@RequestMapping("/api")
class TraceController {

  private final TraceReport report;

  TraceController(TraceReport report) {
    this.report = report;
  }

  @GetMapping("/trace")
  TraceReport.Overview overview() {
    return report.overview();
  }

  @GetMapping("/trace/{code}")
  TraceReport.StandardTrace standard(@PathVariable String code) {
    return report.standard(code).orElseThrow(() -> new UnknownStandardException(code));
  }

  @GetMapping(value = "/trace.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String html(@RequestParam(required = false) String standard) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"kk\"><head><meta charset=\"utf-8\">"
        + "<title>Іздестіру есебі / Traceability report</title><style>"
        + "body{font-family:sans-serif;margin:1.5em;max-width:80em}table{border-collapse:collapse;width:100%}"
        + "td,th{border:1px solid #bbb;padding:.3em;vertical-align:top;text-align:left}th{background:#eee}"
        + ".decree{font-style:italic;color:#333}.flag{color:#a00}</style></head><body>\n");
    if (standard == null) {
      overviewHtml(html);
    } else {
      standardHtml(html, report.standard(standard).orElseThrow(() -> new UnknownStandardException(standard)));
    }
    return html.append("</body></html>\n").toString();
  }

  private void overviewHtml(StringBuilder html) {
    TraceReport.Overview overview = report.overview();
    html.append("<h1>Қаулы жолдарына сілтемелер / Traceability to the decree</h1>\n<p>")
        .append(e("Қаулы мәтіні / decree text: " + overview.decree() + " (" + overview.decreeLines()
            + " жол / lines). Тесттер / tests: " + overview.testIndex()))
        .append("</p>\n<table><tr><th>Стандарт / Standard</th><th>Сілтеме жасалған жолдар / Cited lines</th>"
            + "<th>Тармақтар (сілтеме бар) / Items (cited)</th><th>Сілтемесіз тармақтар / Uncited items</th>"
            + "<th>Ешбір диаграмма қолданбайтын каталог сандары / Catalogue numbers no diagram uses</th>"
            + "<th>Тармағы сәйкес емес сілтемелер / Citations naming another item</th></tr>\n");
    for (TraceReport.Summary s : overview.standards()) {
      html.append("<tr><td><a href=\"trace.html?standard=").append(e(s.code())).append("\">").append(e(s.code()))
          .append("</a> ").append(e(s.title().kk())).append("<br>").append(e(s.title().en())).append("</td><td>")
          .append(s.citedLines()).append("</td><td>").append(s.items()).append(" (").append(s.citedItems())
          .append(")</td><td>").append(s.uncitedItems()).append("</td><td class=\"flag\">")
          .append(e(String.join(", ", s.catalogueNumbersNoDiagramUses()))).append("</td><td>")
          .append(s.itemMismatches()).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Стандарттардан тыс жолдар / Lines outside the standards</h2>\n");
    linesHtml(html, overview.outsideStandards());
  }

  private void standardHtml(StringBuilder html, TraceReport.StandardTrace s) {
    html.append("<p><a href=\"trace.html\">← Барлық стандарттар / All standards</a></p>\n<h1>")
        .append(e(s.code() + ": " + s.title().kk())).append("<br><small>").append(e(s.title().en()))
        .append("</small></h1>\n<p>").append(e("Қаулы жолдары / decree lines " + s.lines().get(0) + "-"
            + s.lines().get(1) + "; тармақтар / items: " + s.items() + ", сілтеме бар / cited: " + s.citedItems()))
        .append("</p>\n<h2>Жол бойынша: не орындайды / By line: what enforces it</h2>\n");
    linesHtml(html, s.citedLines());
    html.append("<h2>Жолсыз аталған тармақтар / Items cited without a line</h2>\n<table><tr>"
        + "<th>Тармақ / Item</th><th>Қаулы мәтіні / Decree text</th><th>Сілтеме жасайды / Cited by</th></tr>\n");
    for (TraceReport.CitedItem item : s.citedItemsWithoutLine()) {
      html.append("<tr><td>").append(e(item.item())).append("</td><td class=\"decree\">").append(e(item.text()))
          .append("</td><td>").append(refs(item.citedBy())).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Элемент бойынша: неге сілтеме жасайды / By element: what it cites</h2>\n<table><tr>"
        + "<th>Элемент, форма, каталог, тест / Element, form, catalogue, test</th>"
        + "<th>Тармақ, жол / Item, line</th><th>Қаулы мәтіні / Decree text</th></tr>\n");
    for (TraceReport.Reverse reverse : s.reverse()) {
      for (TraceReport.Cite cite : reverse.cites()) {
        html.append("<tr><td>").append(refs(List.of(reverse.ref()))).append("</td><td>")
            .append(e(cite.item() == null ? "" : cite.item() + "-тармақ / item " + cite.item()))
            .append(cite.line() == null ? "" : e(", " + cite.line() + "-жол / line " + cite.line()))
            .append("</td><td class=\"decree\">").append(e(cite.text())).append("</td></tr>\n");
      }
    }
    html.append("</table>\n<h2>Ештеңе сілтеме жасамайтын тармақтар / Items nothing cites</h2>\n<table><tr>"
        + "<th>Тармақ / Item</th><th>Жолдар / Lines</th><th>Қаулы мәтіні / Decree text</th></tr>\n");
    for (TraceReport.Item item : s.uncitedItems()) {
      html.append("<tr><td>").append(e(item.item())).append("</td><td>").append(item.firstLine()).append('-')
          .append(item.lastLine()).append("</td><td class=\"decree\">").append(e(item.text())).append("</td></tr>\n");
    }
    html.append("</table>\n<h2 class=\"flag\">Ешбір диаграмма қолданбайтын каталог сандары / Catalogue numbers no "
        + "diagram uses</h2>\n<table><tr><th>Мерзім / Deadline</th><th>Мәні / Value</th><th>Тармақ, жол / Item, line"
        + "</th><th>Қаулы мәтіні / Decree text</th></tr>\n");
    for (TraceReport.UnusedNumber n : s.catalogueNumbersNoDiagramUses()) {
      html.append("<tr><td>").append(e(n.id() + " (" + n.kind() + ")")).append("</td><td>")
          .append(e(n.value() + " " + n.unit())).append("</td><td>").append(e(n.item() + ", " + n.line()))
          .append("</td><td class=\"decree\">").append(e(n.text())).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Басқа тармақты атайтын сілтемелер / Citations that name another item than the line's"
        + "</h2>\n<table><tr><th>Кім / Who</th><th>Аталған тармақ / Stated item</th><th>Жолдың тармағы / Item of the "
        + "line</th><th>Жол / Line</th></tr>\n");
    for (TraceReport.Reverse m : s.itemMismatches()) {
      TraceReport.Cite cite = m.cites().get(0);
      html.append("<tr><td>").append(refs(List.of(m.ref()))).append("</td><td>").append(e(cite.statedItem()))
          .append("</td><td>").append(e(cite.item())).append("</td><td>").append(cite.line()).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void linesHtml(StringBuilder html, List<TraceReport.CitedLine> lines) {
    html.append("<table><tr><th>Жол / Line</th><th>Тармақ / Item</th><th>Қаулы мәтіні / Decree text</th>"
        + "<th>Сілтеме жасайды / Cited by</th></tr>\n");
    for (TraceReport.CitedLine line : lines) {
      html.append("<tr><td>").append(line.line()).append(line.lastLine() > line.line() ? "-" + line.lastLine() : "")
          .append("</td><td>").append(e(line.item() == null ? "" : line.item())).append("</td><td class=\"decree\">")
          .append(e(line.text())).append("</td><td>").append(refs(line.citedBy())).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String refs(List<TraceReport.Ref> refs) {
    return refs.stream()
        .map(ref -> "<b>" + e(kind(ref.kind())) + "</b> " + e(ref.source()) + " <code>" + e(ref.id()) + "</code>"
            + (ref.name().isEmpty() || ref.name().equals(ref.id()) ? "" : " " + e(ref.name())))
        .collect(Collectors.joining("<br>"));
  }

  private static String kind(String kind) {
    return switch (kind) {
      case "element" -> "элемент / element";
      case "form" -> "форма / form";
      case "catalogue" -> "каталог / catalogue";
      case "test" -> "тест / test";
      default -> kind;
    };
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
