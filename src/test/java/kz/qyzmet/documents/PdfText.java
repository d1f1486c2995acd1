package kz.qyzmet.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back with PDFBox: its text (spaces and line breaks collapsed), pages, fonts, and text off the page. */
record PdfText(String text, int pages, List<String> fonts, List<String> offPage, String pdfaPart) {

  static PdfText read(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> offPage = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition position) {
          PDRectangle box = getCurrentPage().getMediaBox();
          float x = position.getXDirAdj();
          float y = position.getYDirAdj();
          // A glyph that starts or ends outside the page's box (with the page margin of 10 pt) overflows.
          if (x < 10 || x + position.getWidthDirAdj() > box.getWidth() - 10 || y < 10 || y > box.getHeight() - 10) {
            offPage.add(position.getUnicode() + "@" + x + "," + y);
          }
          super.processTextPosition(position);
        }
      };
      stripper.setSortByPosition(true);
      // Spaces and line breaks collapse to one space; a word broken at its hyphen at the end of a line is rejoined.
      String text = stripper.getText(document).replaceAll("\\s+", " ").replaceAll("(\\S)- (\\S)", "$1-$2");
      List<String> fonts = new ArrayList<>();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
      }
      var metadata = document.getDocumentCatalog().getMetadata();
      String xmp = metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      var part = java.util.regex.Pattern.compile("pdfaid:part[>=\"']+(\\d)").matcher(xmp);
      return new PdfText(text, document.getNumberOfPages(), fonts, offPage, part.find() ? part.group(1) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
