package kz.qyzmet.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PDF of an issued document. A case step issues a document as its XHTML ({@link Documents#issue}); the PDF is
 * rendered from that XHTML the first time the document is read and kept, so that every later read returns the same
 * bytes and the same SHA-256. Two first reads at once may both render; the first to keep its PDF wins, the other
 * returns the kept one.
 */
@Component
public class DocumentPdfs {

  private static final Logger log = LoggerFactory.getLogger(DocumentPdfs.class);

  private final PdfRenderer renderer;
  private final DocumentStore store;

  DocumentPdfs(PdfRenderer renderer, DocumentStore store) {
    this.renderer = renderer;
    this.store = store;
  }

  /** The document's PDF, rendered and kept now if nobody has read it before. */
  public byte[] pdf(IssuedDocument document) {
    return store.content(document.id()).orElseGet(() -> {
      byte[] pdf = renderer.pdf(store.xhtml(document.id()));
      if (store.keepPdf(document.id(), pdf)) {
        log.info("Rendered document {} of kind {} on its first read ({} bytes)", document.id(), document.kind(),
            pdf.length);
        return pdf;
      }
      return store.content(document.id()).orElseThrow();
    });
  }

  /** The document with the SHA-256 of its PDF, which is rendered and kept now if nobody has read it before. */
  public IssuedDocument withSha256(IssuedDocument document) {
    if (document.sha256() != null) {
      return document;
    }
    pdf(document);
    return store.byId(document.id()).orElseThrow();
  }
}
