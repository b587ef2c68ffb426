package io.lambdaforge.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The checks behind {@link DocsSamplesTest}: finds the fenced code blocks of a Markdown file, and
 * decides whether a Java block is an excerpt of the examples' sources or a compilation unit that
 * javac compiles with the Lambdaforge processor.
 */
final class DocsSamples {
  private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`\\s]*)[^`]*$");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(public\\s+)?(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)"
          + "\\s+(\\w+)");

  private DocsSamples() {}

  /** One fenced block: where it is, its language (the info string's first word, lower-cased) and its text. */
  record Block(Path file, int line, String language, List<String> lines) {
    String firstLine() {
      return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }

    String text() {
      return String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
      return file.getFileName() + ":" + line + " (" + firstLine() + ")";
    }
  }

  /** Every fenced block of {@code markdown}, following CommonMark's fence rules. */
  static List<Block> blocks(Path file, List<String> markdown) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < markdown.size()) {
      Matcher open = FENCE.matcher(markdown.get(i));
      if (!open.matches()) {
        i++;
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      String language = open.group(3).toLowerCase(Locale.ROOT);
      int start = i + 1;
      List<String> content = new ArrayList<>();
      i++;
      while (i < markdown.size() && !closes(markdown.get(i), fence)) {
        content.add(unindent(markdown.get(i), indent));
        i++;
      }
      blocks.add(new Block(file, start, language, content));
      i++; // the closing fence (or the end of the file, which closes it too)
    }
    return blocks;
  }

  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    int leading = line.length() - line.stripLeading().length();
    return leading <= 3 && stripped.length() >= fence.length()
        && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static String unindent(String line, int indent) {
    int remove = 0;
    while (remove < indent && remove < line.length() && line.charAt(remove) == ' ') {
      remove++;
    }
    return line.substring(remove);
  }

  /** The lines that count for an excerpt: each stripped of surrounding whitespace, blank lines dropped. */
  static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The first source under {@code root} that contains {@code block} as consecutive normalized lines. */
  static Optional<Path> excerptOf(Block block, Path root) {
    List<String> wanted = normalized(block.lines());
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).toList()) {
        if (Collections.indexOfSubList(normalized(Files.readAllLines(file, StandardCharsets.UTF_8)), wanted) >= 0) {
          return Optional.of(file);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What javac said about one compilation unit. */
  record Compilation(boolean success, String diagnostics, Path generatedSources) {}

  /**
   * Compiles {@code source} as one compilation unit into {@code workDir}, with {@code classpath} as
   * both class path and processor path (so the Lambdaforge processor on it runs).
   */
  static Compilation compile(String source, String classpath, Path workDir) throws IOException {
    Matcher packageMatch = PACKAGE.matcher(source);
    Path sourceDir = workDir.resolve("src");
    if (packageMatch.find()) {
      sourceDir = sourceDir.resolve(packageMatch.group(1).replace('.', '/'));
    }
    Files.createDirectories(sourceDir);
    Path file = sourceDir.resolve(typeName(source) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(workDir.resolve("classes"));
    Path generated = Files.createDirectories(workDir.resolve("generated"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-classpath", classpath, "-processorpath", classpath,
          "-d", classes.toString(), "-s", generated.toString());
      boolean ok = javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(file.toFile())).call();
      StringBuilder text = new StringBuilder(out.toString());
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        text.append(d.getKind()).append(" line ").append(d.getLineNumber()).append(": ")
            .append(d.getMessage(Locale.ROOT)).append('\n');
      }
      return new Compilation(ok, text.toString(), generated);
    }
  }

  /** The public top-level type's name (the file must carry it), else the first type's, else "Sample". */
  static String typeName(String source) {
    Matcher type = TYPE.matcher(source);
    String first = null;
    while (type.find()) {
      if (type.group(1) != null) {
        return type.group(2);
      }
      first = first == null ? type.group(2) : first;
    }
    return first == null ? "Sample" : first;
  }
}
