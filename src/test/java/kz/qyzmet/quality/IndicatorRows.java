package kz.qyzmet.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.qyzmet.Http;

/** The indicator rows of {@code GET /api/quality/indicators} as a user reads them, and one standard's row of them. */
final class IndicatorRows {

  private IndicatorRows() {
  }

  /** The rows answered (200) to {@code user} for the query, e.g. {@code period=2027-06&scope=office:...}. */
  static JsonNode read(int port, String query, String user, String password) {
    var response = new Http(port).get("/api/quality/indicators?" + query, user, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return new ObjectMapper().readTree(response.body()).path("rows");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row of indicator {@code code} (e.g. "1.1") of the standard. */
  static JsonNode row(JsonNode rows, String standard, String code) {
    for (JsonNode row : rows) {
      if (row.path("standard").asText().equals(standard) && row.path("code").asText().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + standard + " " + code);
  }
}
