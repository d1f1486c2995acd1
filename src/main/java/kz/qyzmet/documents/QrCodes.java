package kz.qyzmet.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as black-and-white PNGs (no alpha channel, so the PDF stays PDF/A-conformant). A document's XHTML holds only
 * the code's text, as {@code <img src="qr:...">} ({@link #reference}); the renderer draws the image when the PDF is
 * made ({@link #STREAMS}, the document's first read), so a case step that issues a document does not encode its QR
 * codes (issue 21: half of the receipt's cost inside the intake).
 */
final class QrCodes {

  static final String PROTOCOL = "qr";

  /** openhtmltopdf's source of {@code qr:} images: the PNG of the code of the text after the colon. */
  static final FSStreamFactory STREAMS = url -> new FSStream() {
    @Override
    public InputStream getStream() {
      return new ByteArrayInputStream(png(text(url)));
    }

    @Override
    public Reader getReader() {
      throw new UnsupportedOperationException("a QR code is an image");
    }
  };

  private static final int MODULE = 4;
  /**
   * One bit a pixel, white first: ImageIO writes a palette PNG then (white after black would be a grey scale to it,
   * written as a grey PNG), and PDFBox puts a palette PNG's compressed pixels into the PDF as they are, where it
   * decoded a grey one and encoded it again bit by bit (with the pixels set one by one through their RGB colour, a
   * tenth of a receipt's rendering, issue 21). The page looks the same; the palette's black and white are DeviceRGB
   * colours, which PDF/A admits with the documents' sRGB output intent (as for the text).
   */
  private static final IndexColorModel WHITE_BLACK = new IndexColorModel(1, 2, new byte[] {-1, 0},
      new byte[] {-1, 0}, new byte[] {-1, 0});
  private static final int WHITE = 0;
  private static final int BLACK = 1;

  private QrCodes() {}

  /** The image reference of the code of {@code text}, for a template's {@code <img src>}. */
  static String reference(String text) {
    return PROTOCOL + ":" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The text of a {@link #reference}. */
  static String text(String reference) {
    if (!reference.startsWith(PROTOCOL + ":")) {
      throw new IllegalArgumentException("not a QR code reference");
    }
    return URLDecoder.decode(reference.substring(PROTOCOL.length() + 1), StandardCharsets.UTF_8);
  }

  static byte[] png(String text) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
              EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
      int size = matrix.getWidth() * MODULE;
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, WHITE_BLACK);
      WritableRaster pixels = image.getRaster();
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          pixels.setSample(x, y, 0, matrix.get(x / MODULE, y / MODULE) ? BLACK : WHITE);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("QR code of " + text.length() + " characters", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
