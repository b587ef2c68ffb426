package io.lambdaforge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users compile against a few types; everything only generated code or the local tools call lives
 * under {@code io.lambdaforge.runtime.internal}, whose package documentation says it is not API.
 */
class PublicApiTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void onlyTheDocumentedTypesArePublicOutsideInternal() throws Exception {
    Set<String> publicTypes = new TreeSet<>();
    for (String name : classNames()) {
      if (name.startsWith("io.lambdaforge.runtime.internal.") || name.endsWith("package-info")
          || name.startsWith("io.lambdaforge.events.")) { // event models: public by design, see below
        continue;
      }
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (Modifier.isPublic(type.getModifiers())) {
        publicTypes.add(name);
      }
    }
    assertEquals(Set.of(
        // named as the Step Functions errorType they are reported under
        "Lambdaforge.ResultTooLarge",
        "Lambdaforge.TaskTokenMissing",
        "io.lambdaforge.runtime.Bootstrap",
        "io.lambdaforge.runtime.http.HttpException",
        "io.lambdaforge.runtime.http.HttpRequest",
        "io.lambdaforge.runtime.http.HttpResponse"), publicTypes);
  }

  @Test
  void eventModelsAreRecordsEnumsOrTheRejection() throws Exception {
    for (String name : classNames()) {
      if (!name.startsWith("io.lambdaforge.events.") || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (Modifier.isPublic(type.getModifiers())) {
        // records and enums; the exceptions a method throws to answer (CognitoRejection); final
        // result types built by factories (FirehoseResult.ok/dropped/failed)
        assertTrue(type.isRecord() || type.isEnum() || RuntimeException.class.isAssignableFrom(type)
            || Modifier.isFinal(type.getModifiers()), name);
      }
    }
  }

  @Test
  void everyInternalPackageSaysItIsNotApi() throws Exception {
    Set<String> packages = new TreeSet<>();
    for (String name : classNames()) {
      if (name.startsWith("io.lambdaforge.runtime.internal.")) {
        packages.add(name.substring(0, name.lastIndexOf('.')));
      }
    }
    assertTrue(packages.size() >= 4, packages::toString);
    for (String pkg : packages) {
      Path info = Path.of("src", "main", "java").resolve(pkg.replace('.', '/')).resolve("package-info.java");
      assertTrue(Files.exists(info), "no package-info for " + pkg);
      assertTrue(Files.readString(info).contains("Not API; may change without notice"), pkg);
    }
  }

  private static Set<String> classNames() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
          .forEach(p -> {
            String relative = CLASSES.relativize(p).toString();
            names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
          });
    }
    return names;
  }
}
