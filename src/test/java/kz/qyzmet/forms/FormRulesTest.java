package kz.qyzmet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  final FormRules rules;

  FormRulesTest() throws Exception {
    rules = new FormRules(new ObjectMapper().readTree("""
        {"components": [
          {"type": "textfield", "key": "number", "label": "Нөмір", "validate": {"required": true, "maxLength": 5,
           "pattern": "^[0-9]+$"}},
          {"type": "checklist", "key": "documents", "label": "Құжаттар",
           "values": [{"label": "Өтініш", "value": "application"}, {"label": "Куәлік", "value": "id"}]},
          {"type": "group", "components": [{"type": "number", "key": "amount", "label": "Сома",
           "validate": {"min": 1, "max": 10}}]}
        ]}"""));
  }

  @Test
  void requiredLengthPatternAndRangeAreChecked() {
    assertThat(rules.check(Map.<String, Object>of()::get)).extracting(FormRules.Violation::message)
        .containsExactly("«Нөмір» (number): толтыру міндетті");
    assertThat(rules.check(Map.<String, Object>of("number", "12a456", "amount", 11)::get))
        .extracting(FormRules.Violation::message).containsExactly(
            "«Нөмір» (number): ең көбі 5 таңба", "«Нөмір» (number): пішімі дұрыс емес", "«Сома» (amount): ең көбі 10");
  }

  @Test
  void aFieldHiddenByItsConditionIsNotRequiredWhileHidden() throws Exception {
    FormRules review = new FormRules(new ObjectMapper().readTree("""
        {"components": [
          {"type": "radio", "key": "decision", "label": "Шешім", "validate": {"required": true},
           "values": [{"label": "Иә", "value": "assigned"}, {"label": "Жоқ", "value": "refused"}]},
          {"type": "textarea", "key": "decisionReason", "label": "Негіздеме", "validate": {"required": true},
           "conditional": {"hide": "=decision != \\"refused\\""}}
        ]}"""));
    assertThat(review.check(Map.<String, Object>of("decision", "assigned")::get)).isEmpty();
    assertThat(review.check(Map.<String, Object>of("decision", "refused")::get))
        .extracting(FormRules.Violation::message).containsExactly("«Негіздеме» (decisionReason): толтыру міндетті");
  }

  @Test
  void aChecklistFromTasklistArrivesAsSpinJsonAndOnlyItsOptionsPass() {
    assertThat(rules.check(Map.<String, Object>of("number", "1",
        "documents", Spin.JSON("[\"application\", \"id\"]"))::get)).isEmpty();
    assertThat(rules.check(Map.<String, Object>of("number", "1", "documents", List.of("application", "passport"))::get))
        .extracting(FormRules.Violation::message).containsExactly("«Құжаттар» (documents): «passport» мәні тізімде жоқ");
  }
}
