package kz.qyzmet.quality;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public survey link of a case ({@code <base>/survey/<token>}), for the receipt's link and QR code. The token is
 * random (192 bits), made when the case is accepted; it says nothing about the applicant.
 */
@Component
public class SurveyLinks {

  private final JdbcClient jdbc;
  private final String baseUrl;

  public SurveyLinks(JdbcClient jdbc, @Value("${qyzmet.survey.base-url:}") String baseUrl) {
    this.jdbc = jdbc;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The link of the case, empty when the case has no facts (not a standard's case). No authorization check here. */
  public Optional<String> urlOf(String businessKey) {
    return jdbc.sql("select survey_token from " + CaseFacts.CASES + " where business_key = ?").param(businessKey)
        .query(String.class).optional().map(token -> baseUrl + "/survey/" + token);
  }
}
