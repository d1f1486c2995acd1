package kz.qyzmet.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One bundle per language with the same keys and the same arguments; the language is chosen from Accept-Language. */
class MessagesTest {

  @Test
  void everyBundleHasTheKeysAndArgumentsOfTheKazakhOne() throws IOException {
    Properties kk = bundle("kk");
    assertThat(kk).hasSizeGreaterThan(40);
    for (String language : new String[] {"ru", "en"}) {
      Properties other = bundle(language);
      assertThat(other.stringPropertyNames()).as(language).isEqualTo(kk.stringPropertyNames());
      for (String key : kk.stringPropertyNames()) {
        assertThat(arguments(other.getProperty(key))).as(language + " " + key)
            .isEqualTo(arguments(kk.getProperty(key)));
        assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
      }
    }
    for (String language : new String[] {"kk", "ru", "en"}) {
      Properties texts = bundle(language);
      for (String key : texts.stringPropertyNames()) {
        new MessageFormat(texts.getProperty(key)); // a broken pattern throws
      }
    }
  }

  @Test
  void textsComeInTheRequestedLanguageWithTheirArguments() {
    assertThat(Messages.text(Messages.KAZAKH, "rule.maxLength", "100")).isEqualTo("ең көбі 100 таңба");
    assertThat(Messages.text(Messages.RUSSIAN, "rule.maxLength", "100")).isEqualTo("не более 100 символов");
    assertThat(Messages.text(Locale.ENGLISH, "rule.maxLength", "100")).isEqualTo("at most 100 characters");
    assertThat(Messages.text(Locale.ENGLISH, "rule.mobileVisit.notOpen", "MPSC-1"))
        .isEqualTo("no mobile centre's visit MPSC-1 is taking documents now");
    // A language Qyzmet does not write falls back to Kazakh, not to the machine's language.
    assertThat(Messages.text(Locale.GERMAN, "rule.required")).isEqualTo("толтыру міндетті");
  }

  @Test
  void theLanguageIsTheBestMatchOfAcceptLanguageAndKazakhOtherwise() {
    assertThat(Messages.language(null)).isEqualTo(Messages.KAZAKH);
    assertThat(Messages.language("")).isEqualTo(Messages.KAZAKH);
    assertThat(Messages.language("ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(Messages.RUSSIAN);
    assertThat(Messages.language("kk-KZ")).isEqualTo(Messages.KAZAKH);
    assertThat(Messages.language("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.language("de-DE")).isEqualTo(Messages.KAZAKH);
    assertThat(Messages.language("de-DE,ru;q=0.5")).isEqualTo(Messages.RUSSIAN);
    assertThat(Messages.language("not a header;;q=x")).isEqualTo(Messages.KAZAKH);
    // Outside a request (a timer, a job): Kazakh.
    assertThat(Messages.language()).isEqualTo(Messages.KAZAKH);
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
      assertThat(in).as("messages_" + language + ".properties").isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static java.util.List<String> arguments(String pattern) {
    return Pattern.compile("\\{\\d}").matcher(pattern).results().map(r -> r.group()).sorted().toList();
  }
}
