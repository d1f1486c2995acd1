package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import kz.qyzmet.cases.CaseVariables;
import kz.qyzmet.catalogue.StandardsCatalogue;
import kz.qyzmet.messages.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The hand-over form's list of the documents: Kazakh names from the catalogue, its "no list" from the bundles. */
class PresentedDocumentsTextTest {

  final Intake intake = new Intake(new StandardsCatalogue(), null, null, null, null, null, null, null, null, null,
      null, null);

  @Test
  void aCaseWithoutDocumentsSaysSoInKazakhFromTheBundle() {
    assertThat(intake.presentedDocumentsText(execution(Map.of(CaseVariables.STANDARD, "S01"))))
        .isEqualTo("құжаттар тізімі жоқ");
    assertThat(intake.presentedDocumentsText(execution(Map.of(CaseVariables.STANDARD, "S99",
        CaseVariables.DOCUMENTS_PRESENTED, "application")))).isEqualTo("құжаттар тізімі жоқ");
    // The same text for a Russian reader of the bundles.
    assertThat(Messages.text(Messages.RUSSIAN, "documents.presented.none")).isEqualTo("список документов отсутствует");
  }

  @Test
  void theDocumentsAreTheCataloguesKazakhNames() {
    String text = intake.presentedDocumentsText(execution(Map.of(CaseVariables.STANDARD, "S01",
        CaseVariables.DOCUMENTS_PRESENTED, "application,unknownDocument")));
    assertThat(text).isEqualTo("Өтініш; unknownDocument");
  }

  /** A case's root execution holding {@code variables}. */
  static DelegateExecution execution(Map<String, Object> variables) {
    DelegateExecution[] self = new DelegateExecution[1];
    self[0] = (DelegateExecution) Proxy.newProxyInstance(PresentedDocumentsTextTest.class.getClassLoader(),
        new Class<?>[] {DelegateExecution.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "getProcessInstance" -> self[0];
          case "getSuperExecution" -> null;
          case "getVariable" -> variables.get((String) arguments[0]);
          case "hashCode" -> 0;
          case "equals" -> proxy == arguments[0];
          case "toString" -> "execution";
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return self[0];
  }
}
