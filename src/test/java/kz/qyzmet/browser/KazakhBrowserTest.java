package kz.qyzmet.browser;

/** Tasklist and Cockpit in a Kazakh browser (--lang=kk, Accept-Language kk): the default. */
@BrowserTest(language = "kk")
class KazakhBrowserTest extends WebappsInTheClerksLanguage {
}
