package kz.qyzmet.browser;

import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tasklist and Cockpit in a Russian browser (--lang=ru, Accept-Language ru). */
@Tag("browser")
@Tag("embedded-only") // demo users exist only on the embedded default
@QyzmetTest
class RussianBrowserTest extends WebappsInTheClerksLanguage {

  @RegisterExtension static final Browser browser = new Browser("ru");

  @Override
  Browser browser() {
    return browser;
  }

  @Override
  String language() {
    return "ru";
  }

  @Override
  String requiredFieldMessage() {
    return "Поле обязательно для заполнения.";
  }

  @Override
  String wrongCheckDigitRule() {
    return "Поле «ИИН»: контрольная цифра (12-я) должна быть 8";
  }
}
