package kz.qyzmet.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

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
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] colourProfile;

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
    String html = html(template, model, language);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(colourProfile);
      builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + template, e);
    }
    return out.toByteArray();
  }
}
