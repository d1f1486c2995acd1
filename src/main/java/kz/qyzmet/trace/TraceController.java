package kz.qyzmet.trace;

import kz.qyzmet.catalogue.UnknownStandardException;
import kz.qyzmet.documents.PdfRenderer;
import kz.qyzmet.messages.Messages;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

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
  private final TemplateEngine templates = PdfRenderer.templates("trace/", TemplateMode.HTML);

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
    // The page's bilingual texts live in the template (trace/report.html); the report's data is escaped there.
    Context context = new Context(Messages.KAZAKH);
    if (standard == null) {
      context.setVariable("overview", report.overview());
    } else {
      context.setVariable("standard",
          report.standard(standard).orElseThrow(() -> new UnknownStandardException(standard)));
    }
    return templates.process("report", context);
  }
}
