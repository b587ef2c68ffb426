package io.lambdaforge.bench.coldstart;

import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program a fresh Lambda JVM runs, and the classpath it deploys with: only what that runtime
 * and the function need (no benchmark tooling), the function's classes first.
 */
enum Launcher {
  /** Lambdaforge's own Runtime API loop ({@code provided.al2023}). */
  BOOTSTRAP("Lambdaforge Bootstrap", RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN),
  /** AWS's runtime interface client, the managed Java runtime's loop. */
  RIC("AWS RIC 2.10.1", RuntimeProcess.AWS_RIC_MAIN);

  /** Jars of the benchmark tooling itself, never deployed with a function. */
  private static final List<String> TOOLING = List.of("jmh-core", "jopt-simple", "commons-math3",
      "lambdaforge-local", "lambdaforge-descriptor", "lambdaforge-processor", "javapoet",
      "jackson-dataformat-yaml", "snakeyaml", "picocli");
  /** Jars only the runtime interface client and the managed POJO path need. */
  private static final List<String> RIC_ONLY = List.of("aws-lambda-java-runtime-interface-client",
      "aws-lambda-java-serialization", "aws-lambda-java-events", "joda-time", "utils-lite", "annotations-");

  private final String label;
  private final String mainClass;

  Launcher(String label, String mainClass) {
    this.label = label;
    this.mainClass = mainClass;
  }

  String label() {
    return label;
  }

  String mainClass() {
    return mainClass;
  }

  /** {@code classes} then the jars of {@code dependencies} this launcher deploys. */
  String classpath(Path classes, List<Path> dependencies) {
    List<String> entries = new ArrayList<>();
    entries.add(classes.toString());
    for (Path jar : dependencies) {
      String name = jar.getFileName().toString();
      if (startsWithAny(name, TOOLING) || (this == BOOTSTRAP && startsWithAny(name, RIC_ONLY))) {
        continue;
      }
      entries.add(jar.toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static boolean startsWithAny(String name, List<String> prefixes) {
    return prefixes.stream().anyMatch(name::startsWith);
  }
}
