package kz.qyzmet.browser;

/** Tasklist and Cockpit in a Russian browser (--lang=ru, Accept-Language ru). */
@BrowserTest(language = "ru")
class RussianBrowserTest extends WebappsInTheClerksLanguage {
}
