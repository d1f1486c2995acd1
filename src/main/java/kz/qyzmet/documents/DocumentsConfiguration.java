package kz.qyzmet.documents;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

  /** No survey page yet (issue 16 supplies its own {@link SurveyLinks} bean): documents carry the status QR only. */
  @Bean
  @ConditionalOnMissingBean
  SurveyLinks noSurveyLinks() {
    return businessKey -> Optional.empty();
  }
}
