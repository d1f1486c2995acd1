package kz.qyzmet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 21 (the cost of a case): a case step issues its document as XHTML, what the document says fixed there; the
 * PDF is rendered on the first read and kept, so every later read, and a second first read that lost the race, gets
 * the same bytes.
 */
@QyzmetTest
class DocumentPdfsTest {

  @Autowired Documents documents;
  @Autowired DocumentPdfs pdfs;
  @Autowired DocumentStore store;
  @Autowired TransactionTemplate transactions;

  @Test
  void theCaseStepKeepsTheTextAndTheFirstReadKeepsThePdf() {
    String key = "S01-PDFS-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = Map.of("standard", "S01", "caseNumber", key, "channel", "psc",
        "applicantSurname", "Жұмабаева", "applicantName", "Гүлнар", "documentsComplete", true,
        "acceptedAt", java.util.Date.from(Instant.parse("2026-11-20T05:00:00Z")), "region", "Ақтөбе облысы");
    var draft = documents.receipt(variables::get, "kk", "admin", null, Instant.parse("2026-11-20T05:00:00Z"));
    IssuedDocument issued = transactions.execute(status -> documents.issue(draft));

    // The step's transaction wrote the text, not a PDF.
    assertThat(store.xhtml(issued.id())).contains(key);
    assertThat(store.content(issued.id())).isEmpty();
    assertThat(store.byId(issued.id()).orElseThrow().sha256()).isNull();

    byte[] first = pdfs.pdf(issued);
    assertThat(PdfText.read(first).text()).contains("Өтініштің нөмірі " + key, "Жұмабаева Гүлнар");
    // The XHTML holds the QR code's text; the image drawn from it at the first read reads back as the status link.
    assertThat(store.xhtml(issued.id())).contains("src=\"qr:").doesNotContain("data:image");
    assertThat(qrCodes(first)).singleElement().asString().endsWith("/" + key);
    assertThat(store.content(issued.id())).hasValue(first);
    assertThat(pdfs.withSha256(issued).sha256()).isEqualTo(DocumentStore.sha256(first));

    // Printing again, and a read that rendered at the same time but kept its PDF second, return the kept bytes.
    assertThat(store.keepPdf(issued.id(), "another rendering".getBytes())).isFalse();
    assertThat(pdfs.pdf(issued)).isEqualTo(first);
    // Issuing the same draft again returns the issued document, not a second one.
    assertThat(transactions.execute(status -> documents.issue(draft)).id()).isEqualTo(issued.id());
  }

  /** The texts of the QR codes on the first page of a PDF. */
  static java.util.List<String> qrCodes(byte[] pdf) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      for (var name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
          texts.add(QrCodesTest.read(image.getImage()));
        }
      }
    } catch (java.io.IOException | com.google.zxing.ReaderException e) {
      throw new IllegalStateException(e);
    }
    return texts;
  }
}
