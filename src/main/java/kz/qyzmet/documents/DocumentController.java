package kz.qyzmet.documents;

import java.util.List;
import kz.qyzmet.api.ApiProblems;
import kz.qyzmet.intake.CaseNotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/applications/{key}/documents} lists the documents of a case (and the talons of complaints about
 * it); {@code .../documents/{id}} returns one PDF as issued, {@code .../documents/{kind}} (e.g. {@code receipt},
 * {@code tsaCertificate}) the case's document of that kind. The case is read with the caller's authorizations, as
 * {@code GET /api/applications/{key}} reads it: a case the caller may not read is "not found".
 */
@RestController
@RequestMapping("/api/applications/{businessKey}/documents")
class DocumentController {

  private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final DocumentStore store;
  private final DocumentPdfs pdfs;
  private final HistoryService history;

  DocumentController(DocumentStore store, DocumentPdfs pdfs, HistoryService history) {
    this.store = store;
    this.pdfs = pdfs;
    this.history = history;
  }

  record Listed(String id, String kind, String language, String title, java.time.Instant issuedAt, String sha256,
      String href) {}

  @GetMapping
  List<Listed> list(@PathVariable String businessKey) {
    requireReadable(businessKey);
    return store.list(businessKey).stream().map(pdfs::withSha256).map(d -> new Listed(d.id(), d.kind(), d.language(), d.title(),
        d.issuedAt(), d.sha256(), "/api/applications/" + businessKey + "/documents/" + d.id())).toList();
  }

  @GetMapping("/{idOrKind}")
  ResponseEntity<byte[]> pdf(@PathVariable String businessKey, @PathVariable String idOrKind,
      @RequestParam(defaultValue = DocumentTexts.KAZAKH) String language) {
    requireReadable(businessKey);
    IssuedDocument document = idOrKind.matches(UUID_PATTERN)
        ? store.byId(idOrKind).filter(d -> businessKey.equals(d.businessKey()) || businessKey.equals(d.caseKey()))
            .orElseThrow(() -> DocumentNotFoundException.withId(businessKey, idOrKind))
        : store.list(businessKey).stream().filter(d -> d.kind().equals(idOrKind))
            .filter(d -> d.language().equals(DocumentTexts.language(language))).findFirst()
            .orElseThrow(() -> DocumentNotFoundException.ofKind(businessKey, idOrKind));
    byte[] content = pdfs.pdf(document);
    String sha256 = DocumentStore.sha256(content); // as kept with the PDF
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.businessKey() + "-" + document.kind() + ".pdf").build().toString())
        .eTag("\"" + sha256 + "\"")
        .header("X-Content-SHA256", sha256)
        .body(content);
  }

  private void requireReadable(String businessKey) {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() == 0) {
      throw new CaseNotFoundException(businessKey);
    }
  }

  @ExceptionHandler(DocumentNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(DocumentNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle(kz.qyzmet.messages.Messages.text("problem.documentNotFound.title"));
    if (e.kind() != null) {
      problem.setProperty("kind", e.kind());
    }
    return ApiProblems.respond(problem);
  }
}
