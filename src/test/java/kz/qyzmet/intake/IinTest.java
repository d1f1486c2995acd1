package kz.qyzmet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IinTest {

  // 900515 3 0001 8: born 15 May 1990 (digit 7 = 3: 20th century); weights 1..11 over 9,0,0,5,1,5,3,0,0,0,1
  // give 9+20+5+30+21+11 = 96, 96 mod 11 = 8.
  static final String VALID = "900515300018";

  @Test
  void aValidNumberAndItsBirthDate() {
    assertThat(Iin.problem(VALID)).isEmpty();
    assertThat(Iin.birthDate(VALID)).isEqualTo(LocalDate.of(1990, 5, 15));
    // 050101 5 0000 0: born 1 Jan 2005 (digit 7 = 5: 21st century); 10+4+6+35 = 55, 55 mod 11 = 0.
    assertThat(Iin.problem("050101500000")).isEmpty();
    assertThat(Iin.birthDate("050101500000")).isEqualTo(LocalDate.of(2005, 1, 1));
  }

  @Test
  void whenTheFirstSumLeavesTenTheSecondWeightsDecide() {
    // 7,5,1,2,0,4,3,0,0,8,0: weights 1..11 give 153, 153 mod 11 = 10; weights 3..11,1,2 give 125, 125 mod 11 = 4.
    assertThat(Iin.problem("751204300804")).isEmpty();
    assertThat(Iin.problem("751204300800")).contains("бақылау цифры (12-цифр) 4 болуы керек");
  }

  @Test
  void eachBrokenRuleIsNamed() {
    assertThat(Iin.problem(null)).contains("12 цифрдан тұруы керек");
    assertThat(Iin.problem("90051530001")).contains("12 цифрдан тұруы керек");
    assertThat(Iin.problem("90051530001a")).contains("12 цифрдан тұруы керек");
    assertThat(Iin.problem("900515700018")).contains("7-цифр (ғасыр мен жыныс) 1-6 болуы керек, жазылғаны: 7");
    assertThat(Iin.problem("900231300018")).contains("1-6 цифрлар туған күн болуы керек (ЖЖААКК)");
    assertThat(Iin.problem("900515300019")).contains("бақылау цифры (12-цифр) 8 болуы керек");
  }
}
