package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.QyzmetTest;
import kz.qyzmet.cases.CaseVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every variable a form (text templates, FEEL conditions) or a diagram (JUEL expressions) reads is a declared case
 * variable ({@link CaseVariables}), a field of a form that writes it, or one a diagram writes itself
 * ({@code execution.setVariable('name', ...)}). A misspelt name in a diagram or a form fails here, not in a case.
 */
@QyzmetTest
class CaseVariablesTest {

  static final Pattern JUEL = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern TEMPLATE = Pattern.compile("\\{\\{([^}]*)}}");
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([A-Za-z_]\\w*)(?![\\w'\"])");
  static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\('(\\w+)'\\)");
  static final Pattern SET_VARIABLE = Pattern.compile("setVariable\\('(\\w+)'");
  /** Variables the engine itself writes when an event is caught (the escalation's or error's code). */
  static final Pattern CODE_VARIABLE = Pattern.compile("camunda:(?:escalation|error)CodeVariable=\"(\\w+)\"");
  /** JUEL and FEEL words and the engine's own names in an expression. */
  static final Set<String> WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true", "false",
      "null", "empty", "div", "mod", "instanceof", "if", "then", "else", "execution", "task", "now", "dateTime");

  @Autowired ApplicationContext context;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyVariableAFormOrADiagramReadsIsDeclared() throws IOException {
    Set<String> declared = new TreeSet<>(CaseVariables.all());
    TreeMap<String, String> reads = new TreeMap<>();
    for (Path form : files("forms", ".form")) {
      JsonNode root = json.readTree(form.toFile());
      declared.addAll(root.findValuesAsText("key"));
      for (JsonNode text : root.findValues("text")) {
        names(TEMPLATE, text.asText()).forEach(name -> reads.putIfAbsent(name, form.toString()));
      }
      for (JsonNode hide : root.findValues("hide")) {
        if (hide.asText().startsWith("=")) {
          identifiers(hide.asText().substring(1).replaceAll("\"[^\"]*\"", "\"\""))
              .forEach(name -> reads.putIfAbsent(name, form.toString()));
        }
      }
    }
    for (Path diagram : files("processes", ".bpmn")) {
      String xml = Files.readString(diagram).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
      declared.addAll(names(CODE_VARIABLE, xml));
      Matcher expression = JUEL.matcher(xml);
      while (expression.find()) {
        String text = expression.group(1);
        declared.addAll(names(SET_VARIABLE, text));
        names(GET_VARIABLE, text).forEach(name -> reads.putIfAbsent(name, diagram.toString()));
        identifiers(text.replaceAll("'[^']*'", "''")).stream().filter(name -> !context.containsBean(name))
            .forEach(name -> reads.putIfAbsent(name, diagram.toString()));
      }
    }
    assertThat(reads).as("names read by forms and diagrams").hasSizeGreaterThan(40);
    List<String> undeclared = new ArrayList<>();
    reads.forEach((name, where) -> {
      if (!declared.contains(name)) {
        undeclared.add(name + " (" + where + ")");
      }
    });
    assertThat(undeclared).as("read but declared nowhere").isEmpty();
  }

  @Test
  void aMisspeltNameIsFound() {
    assertThat(identifiers("chanel == '' && documentsComplete")).containsExactlyInAnyOrder("chanel",
        "documentsComplete");
    assertThat(CaseVariables.all()).contains("region", "channel", "documentsComplete").doesNotContain("chanel");
  }

  private static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(folder))) {
      return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<String> names(Pattern pattern, String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1).strip());
    }
    return names;
  }

  private static Set<String> identifiers(String expression) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(expression);
    while (matcher.find()) {
      if (!WORDS.contains(matcher.group(1)) && !expression.startsWith("(", matcher.end())) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }
}
