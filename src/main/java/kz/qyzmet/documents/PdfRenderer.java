package kz.qyzmet.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a document: a Thymeleaf template of {@code documents/templates/} (XHTML, values escaped) becomes a PDF
 * (openhtmltopdf on PDFBox) in PDF/A-2u form: DejaVu Sans embedded (every Kazakh letter: ә ғ қ ң ө ұ ү һ і), an sRGB
 * output intent, the title in the metadata. The font files come from Maven Central at build time (pom.xml,
 * {@code documents/fonts/NOTICE.md}); nothing is loaded from the network.
 */
@Component
public class PdfRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "documents/fonts/";

  private final TemplateEngine templates;
  /**
   * Reads the XHTML the templates make into the DOM that openhtmltopdf lays out. Given the XHTML as a string,
   * openhtmltopdf itself looks up a SAX parser and an identity transformer anew for every document (service lookups on
   * the class path) and builds the DOM through the transformer: 7 % of a receipt's rendering (issue 21).
   */
  private final DocumentBuilderFactory xhtml = xhtmlFactory();
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] colourProfile;
  /** Parsed pairs of the regular and the bold font, one per rendering at a time. */
  private final Queue<TrueTypeFont[]> pool = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pooled = new AtomicInteger();
  static final int POOLED_FONTS = 8;

  public PdfRenderer() {
    this.templates = templates("documents/templates/", TemplateMode.XML);
    this.regular = read(FONTS + "DejaVuSans.ttf");
    this.bold = read(FONTS + "DejaVuSans-Bold.ttf");
    this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /** A Thymeleaf engine for the UTF-8 templates {@code <prefix><name>.html} on the classpath (cached). */
  public static TemplateEngine templates(String prefix, TemplateMode mode) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(prefix);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static byte[] read(String location) {
    try (InputStream in = new ClassPathResource(location).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the documents' font " + location + " is missing from the build", e);
    }
  }

  /** The XHTML of a template filled with the model (for tests and for the PDF). */
  public String html(String template, Map<String, Object> model, String language) {
    Context context = new Context(Locale.forLanguageTag(language));
    context.setVariables(model);
    return templates.process(template, context);
  }

  /** The PDF of a template; throws (and writes nothing anywhere) when the template or the model is broken. */
  public byte[] pdf(String template, Map<String, Object> model, String language) {
    return pdf(html(template, model, language));
  }

  /** The PDF of a filled template's XHTML ({@link #html}). */
  public byte[] pdf(String xhtml) {
    Document html = dom(xhtml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrueTypeFont[] fonts = borrowFonts();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useFastMode();
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(colourProfile);
      // Embedded as subsets of the glyphs used, as openhtmltopdf embeds a font it loads itself.
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[0], true)), FONT_FAMILY, 400,
          FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[1], true)), FONT_FAMILY, 700,
          FontStyle.NORMAL, true);
      builder.useProtocolsStreamImplementation(QrCodes.STREAMS, QrCodes.PROTOCOL);
      builder.withW3cDocument(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering a document's XHTML", e);
    } finally {
      returnFonts(fonts);
    }
    return out.toByteArray();
  }

  /** Namespace-aware, not validating, no DTD or external entity read (as openhtmltopdf sets up its own parser). */
  private static DocumentBuilderFactory xhtmlFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser for the documents' templates", e);
    }
  }

  private Document dom(String html) {
    try {
      DocumentBuilder builder;
      synchronized (xhtml) { // a factory is not meant to be used by several threads at once
        builder = xhtml.newDocumentBuilder();
      }
      return builder.parse(new InputSource(new StringReader(html)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("a document's template made no well-formed XHTML", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The two fonts parsed (the font files' tables read), from the pool or anew. Parsing them took about a third of a
   * receipt's rendering when every document parsed them again (issue 21, receipt PDF under load). A parsed font
   * serves one document at a time (the subset is cut from it when the document is written), so each rendering borrows
   * a pair and gives it back; the pool keeps at most {@link #POOLED_FONTS} pairs.
   */
  private TrueTypeFont[] borrowFonts() {
    TrueTypeFont[] fonts = pool.poll();
    if (fonts != null) {
      pooled.decrementAndGet();
      return fonts;
    }
    try {
      return new TrueTypeFont[] {parse(regular), parse(bold)};
    } catch (IOException e) {
      throw new UncheckedIOException("the documents' fonts cannot be read", e);
    }
  }

  private void returnFonts(TrueTypeFont[] fonts) {
    if (pooled.incrementAndGet() <= POOLED_FONTS) {
      pool.offer(fonts);
    } else {
      pooled.decrementAndGet();
    }
  }

  /**
   * A font parsed, its glyph substitutions (GSUB: the ligatures and compositions of Latin script, the only script
   * PDFBox applies them to) off: PDFBox would otherwise run every word of every line through them when it writes the
   * text (7 % of a receipt's rendering), while openhtmltopdf measures the lines without them. The documents draw
   * the same glyphs either way (DejaVu Sans substitutes nothing in their Kazakh, Russian and Latin text).
   */
  private static TrueTypeFont parse(byte[] font) throws IOException {
    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
    parsed.setEnableGsub(false);
    return parsed;
  }
}
