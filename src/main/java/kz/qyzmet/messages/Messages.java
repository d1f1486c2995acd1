package kz.qyzmet.messages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Qyzmet's own texts (problem details of the API, form checks shown in Tasklist, receipts and talons) in the user's
 * language: one bundle per language, {@code messages_kk.properties}, {@code messages_ru.properties},
 * {@code messages_en.properties}, keys named by what they say ({@code rule.required}, {@code form.invalid}).
 *
 * <p>The language is the best match of the request's {@code Accept-Language} among kk, ru and en, Kazakh when the
 * header names none of them or there is no request (a job, a timer). It is read from the request itself rather than
 * from Spring MVC's locale resolver, so that the engine's REST API and Tasklist's form submissions (Jersey, not Spring
 * MVC) get the same language. Texts are {@link java.text.MessageFormat} patterns: arguments go in as {0}, {1}; no
 * text is assembled by concatenation.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

  public static final Locale KAZAKH = Locale.forLanguageTag("kk");
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  public static final List<Locale> LANGUAGES = List.of(KAZAKH, RUSSIAN, Locale.ENGLISH);

  private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

  static {
    SOURCE.setBasename("messages");
    SOURCE.setDefaultEncoding("UTF-8");
    SOURCE.setFallbackToSystemLocale(false);
    SOURCE.setDefaultLocale(KAZAKH);
    SOURCE.setAlwaysUseMessageFormat(true); // one quoting rule for every text: an apostrophe is written ''
  }

  /** The application's MessageSource: the same bundles, for code that prefers injection. */
  @Bean
  public MessageSource messageSource() {
    return SOURCE;
  }

  /** The text of {@code key} in the current request's language. */
  public static String text(String key, Object... arguments) {
    return text(language(), key, arguments);
  }

  public static String text(Locale language, String key, Object... arguments) {
    return SOURCE.getMessage(key, arguments, language);
  }

  /** The current request's language (Kazakh outside a request). */
  public static Locale language() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return language(request.getHeader("Accept-Language"));
    }
    return KAZAKH;
  }

  /** The best of kk, ru, en for an {@code Accept-Language} header; Kazakh when it names none of them. */
  public static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return KAZAKH;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return best == null ? KAZAKH : best;
    } catch (IllegalArgumentException malformed) {
      return KAZAKH;
    }
  }
}
