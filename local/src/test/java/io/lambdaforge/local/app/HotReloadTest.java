package io.lambdaforge.local.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.invoke.InvocationResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: recompiled classes are picked up without a restart. */
class HotReloadTest {
  @TempDir
  Path dir;

  private void compile(Path classes, String answer) throws Exception {
    Path source = dir.resolve("src/reload/Hello.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package reload;\n"
        + "public class Hello implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {\n"
        + "  public void handleRequest(java.io.InputStream in, java.io.OutputStream out,\n"
        + "      com.amazonaws.services.lambda.runtime.Context context) throws java.io.IOException {\n"
        + "    out.write(\"\\\"" + answer + "\\\"\".getBytes(java.nio.charset.StandardCharsets.UTF_8));\n"
        + "  }\n"
        + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int code = javac.run(null, null, null, "-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
        source.toString());
    assertEquals(0, code, "javac");
  }

  /** The fixture's descriptor with the worker function's handler pointed at reload.Hello. */
  private static void descriptor(Path classes) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode document;
    try (InputStream in = HotReloadTest.class.getResourceAsStream("/" + LocalApp.DESCRIPTOR)) {
      document = (ObjectNode) mapper.readTree(in);
    }
    document.withArray("functions").forEach(f -> {
      if (f.path("name").asText().equals("worker")) {
        ((ObjectNode) f).put("handler", "reload.Hello::handleRequest");
      }
    });
    Path file = classes.resolve(LocalApp.DESCRIPTOR);
    Files.createDirectories(file.getParent());
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
  }

  private static String answer(LocalApp app) {
    InvocationResult result = app.load("worker").invoke("{}".getBytes(StandardCharsets.UTF_8));
    return new String(((InvocationResult.Success) result).output(), StandardCharsets.UTF_8);
  }

  @Test
  void aReloadAfterRecompilingChangesTheAnswerWithoutARestart() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(classes, "v1");
    descriptor(classes);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalApp app = LocalApp.fromClasspath(classes.toString(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
      assertEquals("\"v1\"", answer(app));
      assertEquals(List.of(classes.toAbsolutePath().normalize()), app.classDirectories());
      CountDownLatch reloaded = new CountDownLatch(1);
      long[] reloadedAt = new long[1];
      try (ClassWatcher watcher = ClassWatcher.start(app.classDirectories(), 50, () -> {
        assertFalse(app.reload(), "the descriptor did not change");
        reloadedAt[0] = System.nanoTime();
        reloaded.countDown();
      })) {
        Thread.sleep(1_100); // file systems with one-second modification times
        compile(classes, "v2");
        long compiled = System.nanoTime();
        assertTrue(reloaded.await(10, TimeUnit.SECONDS), "the watcher saw the recompiled class");
        long millis = TimeUnit.NANOSECONDS.toMillis(reloadedAt[0] - compiled);
        assertTrue(millis < 2_000, "reloaded " + millis + " ms after the class was written");
      }
      assertEquals("\"v2\"", answer(app), "the same app, without a restart, answers with the new class");
    }
  }

  @Test
  void aReloadWithIsolationJvmStartsAFreshJvmOnTheNewClasses() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(classes, "v1");
    descriptor(classes);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalApp app = LocalApp.fromClasspath(classes.toString(), new PrintStream(log, true, StandardCharsets.UTF_8),
        ExecutionModel.DEFAULT.mode(ExecutionModel.Mode.JVM))) {
      assertEquals("\"v1\"", answer(app));
      compile(classes, "v2");
      assertFalse(app.reload());
      assertEquals("\"v2\"", answer(app), "the next request runs in a new JVM on the recompiled class");
      assertEquals(2, app.load("worker").inits());
      assertEquals(1, app.load("worker").environments(), "the old JVM was retired");
    }
  }
}
