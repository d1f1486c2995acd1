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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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

  static final String AMENDED_LOCATION = "catalogue/amended-394.yaml";
  /** Point 3 of the decree, which amends Decree No. 394 (lines 113-477). */
  static final int AMENDMENTS_FIRST_LINE = 113;
  static final int AMENDMENTS_LAST_LINE = 477;

  private final Map<String, Standard> standards;
  private final Map<String, AmendedStandard> amended;

  public StandardsCatalogue() {
    this(LOCATION);
  }

  /**
   * The catalogue of {@code catalogue/S*.yaml} and of any further locations (property
   * {@code qyzmet.catalogue.extra-locations}, e.g. a test standard): a standard is a YAML file, no Java code.
   */
  @Autowired
  public StandardsCatalogue(@Value("${qyzmet.catalogue.extra-locations:}") List<String> extraLocations) {
    this(java.util.stream.Stream.concat(java.util.stream.Stream.of(LOCATION),
        extraLocations.stream().filter(location -> !location.isBlank())).toArray(String[]::new));
  }

  StandardsCatalogue(String... locations) {
    this.standards = load(locations);
    this.amended = loadAmended();
  }

  /** The standards of Decree No. 394 that this decree amends without restating them (no diagram). */
  public Collection<AmendedStandard> amended() {
    return amended.values();
  }

  public Optional<AmendedStandard> findAmended(String code) {
    return Optional.ofNullable(code).map(amended::get);
  }

  private static Map<String, AmendedStandard> loadAmended() {
    record File(List<AmendedStandard> amended) {}
    List<String> problems = new ArrayList<>();
    Map<String, AmendedStandard> loaded = new java.util.LinkedHashMap<>();
    try (InputStream in = new org.springframework.core.io.ClassPathResource(AMENDED_LOCATION).getInputStream()) {
      for (AmendedStandard standard : new ObjectMapper(new YAMLFactory()).readValue(in, File.class).amended()) {
        String entry = AMENDED_LOCATION + ": " + standard.code();
        if (standard.code() == null || !standard.code().matches("D394-3\\.([3-9]|1[0-7])")) {
          problems.add(entry + ": code must be D394-3.3 .. D394-3.17");
        }
        if (standard.title() == null || standard.title().kk() == null || standard.title().en() == null) {
          problems.add(entry + ": needs kk and en title");
        }
        for (int line : java.util.stream.Stream.concat(java.util.stream.Stream.of(standard.line()),
            standard.changes().stream().map(AmendedStandard.Change::line)).toList()) {
          if (line < AMENDMENTS_FIRST_LINE || line > AMENDMENTS_LAST_LINE) {
            problems.add(entry + ": line " + line + " is outside the amendments (lines 113-477)");
          }
        }
        if (loaded.put(standard.code(), standard) != null) {
          problems.add(entry + ": duplicate");
        }
      }
    } catch (IOException e) {
      problems.add(AMENDED_LOCATION + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return loaded;
  }

  public Collection<Standard> all() {
    return standards.values();
  }

  /** The codes of the standards the catalogue holds, in order (the list of known standards is the catalogue). */
  public List<String> codes() {
    return List.copyOf(standards.keySet());
  }

  public Optional<Standard> find(String code) {
    return Optional.ofNullable(code).map(standards::get);
  }

  public Standard get(String code) {
    return find(code).orElseThrow(() -> new UnknownStandardException(code));
  }

  private static Map<String, Standard> load(String... locations) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    Map<String, Standard> loaded = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    List<Resource> files = new ArrayList<>();
    for (String location : locations) {
      try {
        files.addAll(List.of(new PathMatchingResourcePatternResolver().getResources(location)));
      } catch (IOException e) {
        throw new CatalogueException(List.of(location + ": " + e.getMessage()));
      }
    }
    for (Resource file : files) {
      String name = file.getFilename();
      try (InputStream in = file.getInputStream()) {
        Standard standard = yaml.readValue(in, Standard.class);
        List<String> found = new CatalogueValidator().validate(name, standard);
        problems.addAll(found);
        if (found.isEmpty() && loaded.put(standard.code(), standard) != null) {
          problems.add(name + ": " + standard.code() + " is in the catalogue twice");
        }
      } catch (IOException e) {
        problems.add(name + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
      }
    }
    if (files.isEmpty()) {
      problems.add(String.join(", ", locations) + ": no catalogue file found");
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return loaded;
  }
}
