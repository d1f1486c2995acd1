package kz.qyzmet.documents;

import java.util.Optional;

/**
 * Seam for the survey of the quality indicators (issue 16): the address of the survey page of a case, printed as a
 * second QR code on the documents that end a service. Until a bean of this type exists, documents carry only the case
 * status QR code ({@link DocumentsConfiguration} registers the empty default).
 */
@FunctionalInterface
public interface SurveyLinks {
  Optional<String> surveyUrl(String businessKey);
}
