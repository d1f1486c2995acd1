package kz.qyzmet.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The machine-readable catalogue of the decree's state service standards ({@code catalogue/S*.yaml}), read and
 * validated once at startup. It is the one place where the statutory numbers live: diagrams refer to its deadlines
 * by id (see {@link kz.qyzmet.catalogue.Deadlines}).
 */
@Component
public class StandardsCatalogue {

  static final String LOCATION = "classpath*:catalogue/S*.yaml";

  private final Map<String, Standard> standards;

  public StandardsCatalogue() {
    this(LOCATION);
  }

  StandardsCatalogue(String location) {
    this.standards = load(location);
  }

  public Collection<Standard> all() {
    return standards.values();
  }

  public Optional<Standard> find(String code) {
    return Optional.ofNullable(code).map(standards::get);
  }

  public Standard get(String code) {
    return find(code).orElseThrow(() -> new UnknownStandardException(code));
  }

  private static Map<String, Standard> load(String location) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    Map<String, Standard> loaded = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Resource[] files;
    try {
      files = new PathMatchingResourcePatternResolver().getResources(location);
    } catch (IOException e) {
      throw new CatalogueException(List.of(location + ": " + e.getMessage()));
    }
    for (Resource file : files) {
      String name = file.getFilename();
      try (InputStream in = file.getInputStream()) {
        Standard standard = yaml.readValue(in, Standard.class);
        List<String> found = new CatalogueValidator().validate(name, standard);
        problems.addAll(found);
        if (found.isEmpty()) {
          loaded.put(standard.code(), standard);
        }
      } catch (IOException e) {
        problems.add(name + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
      }
    }
    if (files.length == 0) {
      problems.add(location + ": no catalogue file found");
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return loaded;
  }
}
