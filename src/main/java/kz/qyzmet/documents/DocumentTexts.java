package kz.qyzmet.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fixed words of the documents in Kazakh and Russian ({@code documents/texts.yaml}) and where the decree requires
 * each document ({@code catalogue/documents.yaml}).
 */
@Component
public class DocumentTexts {

  public static final String KAZAKH = "kk";
  public static final String RUSSIAN = "ru";

  /** Item and decree line of a document's requirement. */
  public record Citation(String item, Integer line, String standard, String annex) {}

  /** A case variable a result document shows, with its labels. */
  public record Field(String variable, String kk, String ru) {
    String label(String language) {
      return RUSSIAN.equals(language) ? ru : kk;
    }
  }

  record Texts(Map<String, Map<String, String>> labels, List<Field> fields) {}

  record Requirements(Map<String, Citation> receipt, Map<String, Citation> refusalReceipt,
      Map<String, Citation> complaintTalon, Map<String, Citation> annexForms) {}

  private final Texts texts;
  private final Requirements requirements;

  public DocumentTexts() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    this.texts = read(yaml, "documents/texts.yaml", Texts.class);
    this.requirements = read(yaml, "catalogue/documents.yaml", Requirements.class);
    for (String language : List.of(KAZAKH, RUSSIAN)) {
      if (!texts.labels().get(KAZAKH).keySet().equals(texts.labels().get(language).keySet())) {
        throw new IllegalStateException("documents/texts.yaml: the " + language + " labels differ from the kk ones");
      }
    }
  }

  private static <T> T read(ObjectMapper yaml, String location, Class<T> type) {
    try (InputStream in = new ClassPathResource(location).getInputStream()) {
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(location, e);
    }
  }

  /** The labels of a language (kk or ru); any other language is refused by {@link #language(Object)}. */
  public Map<String, String> labels(String language) {
    return texts.labels().get(language);
  }

  public List<Field> fields() {
    return texts.fields();
  }

  public Optional<Citation> requirement(String kind, String standard) {
    Map<String, Citation> byStandard = switch (kind) {
      case Documents.RECEIPT -> requirements.receipt();
      case Documents.REFUSAL_RECEIPT -> requirements.refusalReceipt();
      case Documents.COMPLAINT_TALON -> requirements.complaintTalon();
      default -> Map.of();
    };
    return Optional.ofNullable(byStandard.get(standard));
  }

  public Optional<Citation> annexForm(String resultCode) {
    return Optional.ofNullable(requirements.annexForms().get(resultCode));
  }

  /** The document language the applicant chose: Russian when asked ("ru"), otherwise Kazakh. */
  public static String language(Object chosen) {
    return chosen != null && RUSSIAN.equalsIgnoreCase(chosen.toString().strip()) ? RUSSIAN : KAZAKH;
  }
}
