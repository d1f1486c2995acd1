package kz.qyzmet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.qyzmet.directory.AddressDirectory;
import kz.qyzmet.directory.DirectoryException;
import kz.qyzmet.directory.DirectoryInitializer;
import kz.qyzmet.directory.Office;
import kz.qyzmet.directory.OfficeRouter;
import kz.qyzmet.directory.Region;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 4: region and district are chosen from the directory's lists on every form that takes an address
 * (the start forms of the standards, the complaint and the mobile centre's visit), the district list following the
 * region; the lists are filled from the directory when the form is served, and only the directory's values are taken.
 */
class DirectoryListsInFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fields of an address: where a form has one of them, it takes an address. */
  private static final List<String> ADDRESS_KEYS = List.of("applicantAddress", "complainantPostalAddress",
      "mobilePscSettlement", "region", "district");

  private final AddressDirectory addresses = new AddressDirectory(new OfficeRouter(offices()));

  static List<Office> offices() {
    try (InputStream in = DirectoryListsInFormsTest.class.getClassLoader()
        .getResourceAsStream(DirectoryInitializer.DATA)) {
      return JSON.readValue(in, new TypeReference<List<Office>>() {});
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyFormThatTakesAnAddressChoosesRegionAndDistrictFromTheDirectorysLists() throws IOException {
    List<String> taking = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        List<JsonNode> fields = form.findParents("key");
        if (fields.stream().noneMatch(f -> ADDRESS_KEYS.contains(f.path("key").asText()))) {
          continue;
        }
        taking.add(file.getFileName().toString());
        JsonNode region = field(fields, "region");
        JsonNode district = field(fields, "district");
        if (region == null || district == null) {
          wrong.add(file + ": takes an address without both region and district");
          continue;
        }
        if (!region.path("type").asText().equals("select")
            || !DirectoryListsInForms.REGIONS.equals(region.path("valuesKey").asText())
            || region.has("values")) {
          wrong.add(file + ": region is not the select of the directory's regions (valuesKey "
              + DirectoryListsInForms.REGIONS + ")");
        }
        if (!district.path("type").asText().equals("select")
            || !district.path("valuesExpression").asText().equals("=get value(" + DirectoryListsInForms.DISTRICTS
                + ", region)")
            || district.has("values")) {
          wrong.add(file + ": district is not the select of the chosen region's districts");
        }
      }
    }
    // the 13 standards' start forms, the complaint and the mobile centre's visit
    assertThat(taking).hasSizeGreaterThanOrEqualTo(15).contains("s01-application.form", "s13-intake.form",
        "complaint-registration.form", "mobile-psc-visit-start.form");
    assertThat(wrong).isEmpty();
  }

  @Test
  void theServedFormOffersTheRegionsAndTheDistrictsOfTheChosenRegion() throws IOException {
    JsonNode form = DirectoryListsInForms.complete(JSON.readTree(Path.of("forms", "s01-application.form").toFile()),
        addresses);
    List<JsonNode> fields = form.findParents("key");
    JsonNode region = field(fields, "region");
    assertThat(region.has("valuesKey")).isFalse();
    assertThat(region.path("values").findValuesAsText("value")).hasSize(16)
        .contains("Ақтөбе облысы", "Алматы қаласы", "Оңтүстік Қазақстан облысы");

    String expression = field(fields, "district").path("valuesExpression").asText();
    assertThat(expression).startsWith("=get value({").doesNotContain(DirectoryListsInForms.DISTRICTS);
    // the expression as form-js evaluates it (FEEL, without the leading '='), here with Camunda's FEEL engine
    var feel = new ScalaFeelEngineFactory().createInstance();
    List<String> aktobe = values(feel.evaluateSimpleExpression(expression.substring(1),
        Variables.createVariables().putValue("region", "Ақтөбе облысы").asVariableContext()));
    List<String> almaty = values(feel.evaluateSimpleExpression(expression.substring(1),
        Variables.createVariables().putValue("region", "Алматы қаласы").asVariableContext()));
    assertThat(aktobe).contains("Хромтау", "Ақтөбе", "Әйтеке би").doesNotContain("Алмалы", "Әйтике би")
        .doesNotHaveDuplicates();
    assertThat(almaty).contains("Алмалы", "Бостандық").doesNotContain("Хромтау");
    Object none = feel.evaluateSimpleExpression(expression.substring(1),
        Variables.createVariables().putValue("region", null).asVariableContext());
    assertThat(none).isNull();
  }

  @Test
  void everyListedDistrictIsAcceptedAndStoredAsListedAndNothingElse() {
    for (Region region : addresses.regions()) {
      assertThat(addresses.districts(region)).as(region.nameKk()).isNotEmpty();
      for (AddressDirectory.District district : addresses.districts(region)) {
        assertThat(addresses.address(region.nameKk(), district.name()))
            .isEqualTo(new AddressDirectory.Address(region, district.name()));
      }
    }
    // other spellings of the same district, its KATO code, the region's code: stored in the list's spelling
    assertThat(addresses.address("150000000", "Хромтау ауданы"))
        .isEqualTo(new AddressDirectory.Address(Region.AKTOBE, "Хромтау"));
    assertThat(addresses.address(" ақтөбе  облысы ", "Әйтике би").district()).isEqualTo("Әйтеке би");
    assertThat(addresses.address(null, "156000000")).isEqualTo(new AddressDirectory.Address(Region.AKTOBE, "Хромтау"));
    // a misspelling the router's prefix rule would have let through, another region's district, an unknown region
    assertThatThrownBy(() -> addresses.address("Ақтөбе облысы", "Хромт")).isInstanceOf(DirectoryException.class)
        .extracting("parameter").isEqualTo("district");
    assertThatThrownBy(() -> addresses.address("Ақтөбе облысы", "Алмалы")).isInstanceOf(DirectoryException.class)
        .extracting("parameter").isEqualTo("district");
    assertThatThrownBy(() -> addresses.address("Алматы қаласы", "156000000")).isInstanceOf(DirectoryException.class)
        .extracting("parameter").isEqualTo("district");
    assertThatThrownBy(() -> addresses.address("Ақтөбе обл", "Хромтау")).isInstanceOf(DirectoryException.class)
        .extracting("parameter").isEqualTo("region");
  }

  private static JsonNode field(List<JsonNode> fields, String key) {
    return fields.stream().filter(f -> key.equals(f.path("key").asText())).findFirst().orElse(null);
  }

  private static List<String> values(Object list) {
    List<String> values = new ArrayList<>();
    for (Object item : (List<?>) list) {
      values.add(String.valueOf(((java.util.Map<?, ?>) item).get("value")));
    }
    return values;
  }
}
