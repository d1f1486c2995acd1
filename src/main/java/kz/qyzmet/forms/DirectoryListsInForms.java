package kz.qyzmet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.directory.AddressDirectory;
import kz.qyzmet.directory.Region;
import kz.qyzmet.web.Filters;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Region and district are chosen from the directory's lists on every form that takes an address, the district list
 * following the chosen region; the lists are the directory's at the time the form is opened, never copied into the
 * forms.
 *
 * <p>Tasklist 7.24 renders Camunda Forms with form-js 1.8, whose select takes its options from static
 * {@code values}, from the form's input data ({@code valuesKey}) or from a FEEL expression ({@code valuesExpression}).
 * Tasklist gives a start form no input data (it loads form variables only for a task's form), so a start form cannot
 * get the lists as data. Instead, a form declares the lists by name and the form's schema is completed when it is
 * served ({@code GET .../process-definition/{id}/deployed-start-form}, {@code .../task/{id}/deployed-form}, for
 * Tasklist and the engine's REST API alike):
 * <ul>
 *   <li>a select with {@code "valuesKey": "directoryRegions"} gets the 16 regions as its {@code values};</li>
 *   <li>a select whose {@code valuesExpression} names {@code directoryDistricts}, e.g.
 *       {@code "=get value(directoryDistricts, region)"}, gets that name replaced by the FEEL context of every
 *       region's districts (region name to a list of {@code {label, value}}), so that form-js shows the districts of
 *       the region chosen and clears a district that is not among them.</li>
 * </ul>
 * The lists only help the clerk: every way in checks a region and district against the directory again before it is
 * stored ({@link AddressDirectory}).
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryListsInForms {

  /** The {@code valuesKey} of a region select. */
  public static final String REGIONS = "directoryRegions";
  /** The name a district select's {@code valuesExpression} reads the districts by region from. */
  public static final String DISTRICTS = "directoryDistricts";

  private static final Pattern FORM = Pattern.compile(".*/(deployed-start-form|deployed-form)/?");
  private static final Pattern DISTRICTS_NAME = Pattern.compile("\\b" + DISTRICTS + "\\b");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> directoryListsInFormsFilter(AddressDirectory addresses) {
    return Filters.register("qyzmet-directory-lists-in-forms", Ordered.LOWEST_PRECEDENCE, new Filter(addresses),
        "/engine-rest/*", "/camunda/api/engine/*");
  }

  /** The form's schema with the directory's lists filled in; a schema without the names is returned unchanged. */
  static JsonNode complete(JsonNode schema, AddressDirectory addresses) {
    if (schema instanceof ObjectNode form && form.path("components").isArray()) {
      complete((ArrayNode) form.get("components"), addresses);
    }
    return schema;
  }

  private static void complete(ArrayNode components, AddressDirectory addresses) {
    for (JsonNode node : components) {
      if (!(node instanceof ObjectNode component)) {
        continue;
      }
      if (REGIONS.equals(component.path("valuesKey").asText(null))) {
        component.remove("valuesKey");
        ArrayNode values = component.putArray("values");
        for (Region region : addresses.regions()) {
          values.addObject().put("label", region.nameKk()).put("value", region.nameKk());
        }
      }
      String expression = component.path("valuesExpression").asText(null);
      if (expression != null && DISTRICTS_NAME.matcher(expression).find()) {
        component.put("valuesExpression",
            DISTRICTS_NAME.matcher(expression).replaceAll(Matcher.quoteReplacement(feelContext(addresses))));
      }
      if (component.path("components").isArray()) {
        complete((ArrayNode) component.get("components"), addresses); // groups
      }
    }
  }

  /** {"Ақтөбе облысы": [{label: "Алға", value: "Алға"}, ...], ...} as a FEEL context literal. */
  static String feelContext(AddressDirectory addresses) {
    StringBuilder feel = new StringBuilder("{");
    boolean firstRegion = true;
    for (Map.Entry<Region, List<AddressDirectory.District>> entry : addresses.districtsByRegion().entrySet()) {
      feel.append(firstRegion ? "" : ", ").append(string(entry.getKey().nameKk())).append(": [");
      firstRegion = false;
      boolean first = true;
      for (AddressDirectory.District district : entry.getValue()) {
        feel.append(first ? "" : ", ").append("{label: ").append(string(district.name())).append(", value: ")
            .append(string(district.name())).append('}');
        first = false;
      }
      feel.append(']');
    }
    return feel.append('}').toString();
  }

  private static String string(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static final class Filter extends OncePerRequestFilter {
    private final AddressDirectory addresses;
    private final ObjectMapper json = new ObjectMapper();

    Filter(AddressDirectory addresses) {
      this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!"GET".equals(request.getMethod()) || !FORM.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, served);
      byte[] body = served.getContentAsByteArray();
      if (served.getStatus() == 200 && body.length > 0) {
        try {
          JsonNode schema = json.readTree(body);
          if (schema != null && schema.path("components").isArray()) {
            byte[] completed = json.writeValueAsBytes(complete(schema, addresses));
            served.resetBuffer();
            served.getOutputStream().write(completed);
          }
        } catch (IOException notJson) {
          // not a Camunda Form (an embedded form's HTML): served as it is
        }
      }
      served.copyBodyToResponse();
    }
  }
}
