package kz.qyzmet.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decree ships with the project (issue 20, point 8) and its line numbers are the ones the project cites. */
class DecreeTextTest {

  final DecreeText decree = new DecreeText();

  @Test
  void theTextHasTheSeedsLinesUnchanged() {
    assertThat(decree.lineCount()).isEqualTo(47066);
    // Line 9: the repeal by Resolution No. 217 of 11 March 2014.
    assertThat(decree.text(9)).contains("217");
    // S01 item 18 (results measured by the indicators of annex 3) is line 720, as the diagrams cite it.
    assertThat(decree.text(720)).startsWith("18. Мемлекеттік қызмет алушыға мемлекеттік қызмет көрсету жөніндегі "
        + "жұмыс нәтижелері осы стандартқа 3-қосымшаға сәйкес");
    // S01 item 7.1: the centre hands over within one working day (548), the branch serves within ten (550) and
    // tells the applicant within five (552).
    assertThat(decree.text(548)).startsWith("1) орталық").contains("бір жұмыс күні ішінде");
    assertThat(decree.text(550)).contains("он жұмыс күні ішінде");
    assertThat(decree.text(552)).contains("бес жұмыс күні ішінде");
    // S04's service term is fifteen working days (line 12112), S08's off-site rule item 7.4 is line 28130.
    assertThat(decree.text(12112)).contains("он бес жұмыс күні");
    assertThat(decree.text(47066)).isNotEmpty();
    assertThat(decree.hasText(47067)).isFalse();
    assertThat(decree.hasText(719)).isFalse(); // a blank line cites nothing
  }

  @Test
  void itemsAreReadFromTheTextOfTheStandard() {
    // S01 spans lines 478-4288; its body ends before its own annex 1 (line 799).
    assertThat(decree.bodyEnd(478, 4288)).isEqualTo(798);
    assertThat(decree.itemAt(478, 4288, 548)).hasValue("7.1");
    assertThat(decree.itemAt(478, 4288, 550)).hasValue("7.1");
    assertThat(decree.itemAt(478, 4288, 558)).hasValue("7.2");
    assertThat(decree.itemAt(478, 4288, 720)).hasValue("18");
    assertThat(decree.itemAt(478, 4288, 704)).hasValue("16");
    assertThat(decree.items(478, 4288)).extracting(DecreeText.Item::code)
        .startsWith("1", "2", "3", "4", "4.1").contains("13.1", "13.2", "21.6", "26");
    // S02 starts with the decree's header of annex 2 ("2-қосымша", line 4297), which is not the standard's own annex.
    assertThat(decree.itemAt(4289, 8307, 4379)).hasValue("7.1");
  }
}
