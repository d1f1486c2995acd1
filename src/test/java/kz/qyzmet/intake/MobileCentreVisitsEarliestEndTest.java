package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kz.qyzmet.catalogue.StandardsCatalogue;
import org.junit.jupiter.api.Test;

/** A visit whose arrival is not a date: the error names the variable and its type, never its value. */
class MobileCentreVisitsEarliestEndTest {

  final MobileCentreVisits visits = new MobileCentreVisits(new StandardsCatalogue(), null, null, null, null, null);

  @Test
  void anArrivalThatIsNotADateIsNamedByItsVariableAndType() {
    String start = visits.stay().start();
    assertThatThrownBy(() -> visits.earliestEnd(PresentedDocumentsTextTest.execution(Map.of(start, "900515300019"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("variable '" + start + "', which the case does not hold as a date (String)")
        .hasMessageNotContaining("900515300019");
    assertThatThrownBy(() -> visits.earliestEnd(PresentedDocumentsTextTest.execution(Map.of())))
        .hasMessageContaining("which the case does not hold as a date (absent)");
  }
}
