package kz.qyzmet.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.Http;

/**
 * A Camunda webapp's configuration as the browser gets it: its {@code scripts/config.js} followed by the text of the
 * modules it imports (relative ES imports, resolved against config.js as the browser resolves them; Camunda loads
 * config.js as an ES module). What every webapp shares lives in one module that each config.js imports.
 */
public final class WebappConfig {

  private static final Pattern IMPORT = Pattern.compile("^import [^;]* from '(\\.[^']+)';", Pattern.MULTILINE);

  private WebappConfig() {
  }

  /**
   * The configuration {@code app} serves: each imported module must be served (200) as JavaScript, or the browser
   * refuses the whole config.js.
   */
  public static String served(Http browser, String app) {
    String path = "/camunda/app/" + app + "/scripts/config.js";
    var config = browser.get(path);
    assertThat(config.statusCode()).as(path).isEqualTo(200);
    StringBuilder text = new StringBuilder(config.body());
    Matcher imports = IMPORT.matcher(config.body());
    while (imports.find()) {
      String module = URI.create(path).resolve(imports.group(1)).getPath();
      var served = browser.get(module);
      assertThat(served.statusCode()).as(module + ", imported by " + path).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type").orElse("")).as(module + "'s type")
          .containsAnyOf("javascript", "ecmascript");
      text.append('\n').append(served.body());
    }
    return text.toString();
  }

  /** The configuration of {@code app} in the source tree under {@code webapps}, with the modules it imports. */
  public static String inSources(Path webapps, String app) {
    try {
      Path config = webapps.resolve(app + "/scripts/config.js");
      StringBuilder text = new StringBuilder(Files.readString(config));
      Matcher imports = IMPORT.matcher(text.toString());
      while (imports.find()) {
        Path module = config.getParent().resolve(imports.group(1)).normalize();
        assertThat(module).as(module + ", imported by " + config).isRegularFile();
        text.append('\n').append(Files.readString(module));
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
