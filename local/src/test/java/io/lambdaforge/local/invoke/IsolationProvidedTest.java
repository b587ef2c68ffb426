package io.lambdaforge.local.invoke;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.lambdaforge.events.auth.AuthDecision;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shaded handler jar carries the runtime's classes, its public event records ({@code
 * io.lambdaforge.events.*}) included; an environment must still take them from the tool, or the
 * runtime's {@code AuthorizerHandler} (the tool's) and the generated adapter (the environment's) see
 * two {@code AuthDecision} classes and the JVM refuses the link.
 */
class IsolationProvidedTest {
  @Test
  void runtimeEventRecordsInTheApplicationsJarComeFromTheTool(@TempDir Path root) throws Exception {
    String resource = AuthDecision.class.getName().replace('.', '/') + ".class";
    Path copy = root.resolve(resource);
    Files.createDirectories(copy.getParent());
    try (InputStream in = AuthDecision.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, copy);
    }
    Isolation isolation = Isolation.perEnvironment(getClass().getClassLoader(), List.of(root.toUri().toURL()),
        List.of());
    ClassLoader environment = isolation.newLoader("checkKey");
    assertSame(AuthDecision.class, environment.loadClass(AuthDecision.class.getName()));
  }
}
