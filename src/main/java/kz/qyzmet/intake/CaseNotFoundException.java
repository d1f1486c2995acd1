package kz.qyzmet.intake;

import kz.qyzmet.api.NotFoundException;

/** No case with this business key, or none the caller may read. */
public class CaseNotFoundException extends NotFoundException {

  public CaseNotFoundException(String businessKey) {
    super("problem.caseNotFound.title", kz.qyzmet.messages.Messages.text("problem.caseNotFound.detail", businessKey));
  }
}
