package kz.qyzmet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The documents' QR code: the XHTML holds its text as a {@code qr:} reference, and the image the renderer draws from it
 * reads back as its link, from a palette PNG without alpha (PDF/A; issue 21, point 5).
 */
class QrCodesTest {

  @Test
  void theCodeReadsBackAsItsLinkFromABlackAndWhitePalettePng() throws Exception {
    String url = "https://qyzmet.example.kz/api/applications/S01-261120-LONGTEST";
    String reference = QrCodes.reference(url);
    assertThat(reference).startsWith("qr:").doesNotContain("/");
    assertThat(QrCodes.text(reference)).isEqualTo(url);
    byte[] png = QrCodes.STREAMS.getUrl(reference).getStream().readAllBytes();
    assertThat(png[25]).as("PNG colour type (IHDR): a palette").isEqualTo((byte) 3);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getColorModel().hasAlpha()).isFalse();
    int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    assertThat(java.util.Arrays.stream(rgb).map(p -> p & 0xFFFFFF).distinct().sorted().toArray()).containsExactly(0, 0xFFFFFF);
    assertThat(read(image)).isEqualTo(url);
  }

  @Test
  void everyCaseNumbersLinkReadsBack() throws Exception {
    // Four pixels per module, as the PDF embeds it; a fixed seed, so a failure can be replayed.
    java.util.Random random = new java.util.Random(20261207);
    for (int i = 0; i < 300; i++) {
      String url = "https://qyzmet.example.kz/api/applications/S0" + (1 + random.nextInt(9)) + "-261120-"
          + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase();
      byte[] png = QrCodes.STREAMS.getUrl(QrCodes.reference(url)).getStream().readAllBytes();
      assertThat(read(ImageIO.read(new ByteArrayInputStream(png)))).as(url).isEqualTo(url);
    }
  }

  /**
   * The text of the QR code an image shows, read module by module ({@code PURE_BARCODE}: the image is the code and its
   * quiet zone, as embedded in the PDF). ZXing's finder-pattern search, which a camera picture needs, misses about 2 %
   * of these codes whatever their size (6 of the 300 links above, also enlarged eight times with a quiet zone of four
   * modules) although every module is right; DocumentPdfsTest failed that way once in two CI runs on 7 Dec.
   */
  static String read(BufferedImage image) throws com.google.zxing.ReaderException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, rgb))),
        java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
  }
}
