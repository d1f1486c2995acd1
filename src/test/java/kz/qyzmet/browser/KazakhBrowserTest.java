package kz.qyzmet.browser;

import kz.qyzmet.QyzmetTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tasklist and Cockpit in a Kazakh browser (--lang=kk, Accept-Language kk): the default. */
@Tag("browser")
@Tag("embedded-only") // demo users exist only on the embedded default
@QyzmetTest
class KazakhBrowserTest extends WebappsInTheClerksLanguage {

  @RegisterExtension static final Browser browser = new Browser("kk");

  @Override
  Browser browser() {
    return browser;
  }

  @Override
  String language() {
    return "kk";
  }

  @Override
  String requiredFieldMessage() {
    return "Өрісті толтыру міндетті.";
  }

  @Override
  String wrongCheckDigitRule() {
    return "«ЖСН» өрісі: бақылау цифры (12-цифр) 8 болуы керек";
  }
}
