package kz.qyzmet.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken catalogue stops startup with every broken entry named. */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogueException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Correct the named entries in src/main/resources/catalogue/ (format: catalogue/README.md).", cause);
  }
}
