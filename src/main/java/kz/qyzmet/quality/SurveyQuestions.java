package kz.qyzmet.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.catalogue.Standard;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The survey's questions (catalogue/survey.yaml) and which of them a standard's indicator rows ask. */
@Component
public class SurveyQuestions {

  public record Question(String code, String rows, String kk, String ru) {}

  private record File(List<Question> questions) {}

  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final StandardsCatalogue catalogue;

  public SurveyQuestions(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
    try (InputStream in = new ClassPathResource("catalogue/survey.yaml").getInputStream()) {
      for (Question q : new ObjectMapper(new YAMLFactory()).readValue(in, File.class).questions()) {
        questions.put(q.code(), q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("catalogue/survey.yaml", e);
    }
    for (Standard standard : catalogue.all()) {
      for (Standard.QualityIndicator row : standard.qualityIndicators()) {
        if ("satisfaction".equals(row.measure().kind()) && !questions.containsKey(row.measure().question())) {
          throw new IllegalStateException(standard.code() + " row " + row.code() + " asks question '"
              + row.measure().question() + "', which catalogue/survey.yaml does not have");
        }
      }
    }
  }

  /** The questions of the standard's satisfaction rows, in the rows' order. */
  public List<Question> of(String standard) {
    return catalogue.get(standard).qualityIndicators().stream()
        .filter(row -> "satisfaction".equals(row.measure().kind()))
        .map(row -> questions.get(row.measure().question())).distinct().toList();
  }
}
