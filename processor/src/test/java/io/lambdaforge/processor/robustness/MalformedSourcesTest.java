package io.lambdaforge.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.DescriptorProcessor;
import io.lambdaforge.processor.FunctionProcessor;
import io.lambdaforge.processor.robustness.MalformedCases.Case;
import io.lambdaforge.processor.robustness.MalformedCases.Expect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Over 200 generated malformed sources through the real processor (see {@link MalformedCases}):
 * each gets the diagnostics it deserves (an error for every case beyond a limit, none for a case
 * at the limit), and no compilation ever shows a processor crash ({@code [LF_INTERNAL]}, javac's
 * "annotation processor threw an uncaught exception", an exception escaping compile-testing) or a
 * stack trace. Cases compile in batches (their names, routes and priorities never clash); syntax
 * errors, which stop javac before processing, compile alone.
 */
class MalformedSourcesTest {
  private static final int BATCH = 25;
  private static final Pattern CRASH =
      Pattern.compile("\\[LF_INTERNAL\\]|threw an uncaught exception|\\n\\s*at [\\w$.]+\\(|"
          + "\\b(java|javax|com|io|org)\\.[\\w.$]*(Exception|Error)\\b");

  @Test
  void everyMalformedSourceGetsDiagnosticsAndNeverCrashesTheProcessor() {
    List<Case> cases = MalformedCases.all();
    assertTrue(cases.size() >= 200, "expected at least 200 generated cases, got " + cases.size());
    List<String> failures = new ArrayList<>();
    List<Case> batch = new ArrayList<>();
    for (Case c : cases) {
      if (c.syntax()) {
        failures.addAll(compile(List.of(c)));
      } else {
        batch.add(c);
        if (batch.size() == BATCH) {
          failures.addAll(compile(batch));
          batch.clear();
        }
      }
    }
    failures.addAll(compile(batch));
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases.size() + " cases failed:\n" + String.join("\n\n", failures));
    }
  }

  private static List<String> compile(List<Case> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Map<String, Case> byFile = new LinkedHashMap<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (Case c : cases) {
      JavaFileObject source = JavaFileObjects.forSourceLines("com.acme." + c.className(), c.lines());
      sources.add(source);
      byFile.put(source.toUri().toString(), c);
    }
    Compilation compilation;
    try {
      compilation = Compiler.javac()
          .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
          .compile(sources);
    } catch (RuntimeException | Error crash) {
      return List.of("the processor crashed compiling " + titles(cases) + ": " + crash);
    }
    List<String> failures = new ArrayList<>();
    Map<Case, List<String>> errors = new LinkedHashMap<>();
    cases.forEach(c -> errors.put(c, new ArrayList<>()));
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(null);
      if (CRASH.matcher(message).find()) {
        failures.add("crash or stack trace in compiler output for " + titles(cases) + ":\n"
            + (message.length() > 2000 ? message.substring(0, 2000) + "..." : message));
      }
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Case owner = d.getSource() == null ? null : byFile.get(d.getSource().toUri().toString());
      if (owner == null) {
        failures.add("an error without a source position (names no element) in " + titles(cases) + ": " + message);
      } else {
        errors.get(owner).add("line " + d.getLineNumber() + ": " + message);
      }
    }
    for (Case c : cases) {
      String verdict = verdict(c, errors.get(c));
      if (verdict != null) {
        // javac may skip processing a batch when another case's error stops it early: only a
        // case's own compilation is authoritative
        failures.addAll(cases.size() == 1 ? List.of(verdict) : compile(List.of(c)));
      }
    }
    return failures;
  }

  private static String verdict(Case c, List<String> errors) {
    if (c.expect() == Expect.ERROR && errors.isEmpty()) {
      return "#" + c.id() + " " + c.title() + ": expected an error, the compiler accepted it\n" + source(c);
    }
    if (c.expect() == Expect.CLEAN && !errors.isEmpty()) {
      return "#" + c.id() + " " + c.title() + ": expected no error, got " + errors + "\n" + source(c);
    }
    return null;
  }

  private static String source(Case c) {
    StringBuilder out = new StringBuilder();
    for (String line : c.lines()) {
      out.append(line.length() > 160 ? line.substring(0, 160) + "..." : line).append('\n');
    }
    return out.toString();
  }

  private static String titles(List<Case> cases) {
    StringBuilder out = new StringBuilder();
    cases.forEach(c -> out.append(out.length() == 0 ? "" : ", ").append('#').append(c.id()).append(' ').append(c.title()));
    return "[" + out + "]";
  }
}
