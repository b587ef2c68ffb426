package io.lambdaforge.local.app;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Parses a classpath written like java's {@code -cp}: entries separated by the path separator. */
final class Classpaths {
  private Classpaths() {}

  /**
   * The URLs of {@code classpath}'s jars and directories; {@code dir/*} stands for every jar in
   * {@code dir}, as with {@code java -cp}.
   *
   * @throws AppException when the classpath is empty or an entry does not exist
   */
  static List<URL> urls(String classpath) {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (entry.endsWith("*")) {
        Path dir = Path.of(entry.substring(0, entry.length() - 1).isEmpty() ? "." : entry.substring(0, entry.length() - 1));
        if (!Files.isDirectory(dir)) {
          throw new AppException("classpath entry " + entry + ": " + dir + " is not a directory");
        }
        try (Stream<Path> jars = Files.list(dir)) {
          for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
            urls.add(url(jar));
          }
        } catch (IOException e) {
          throw new AppException("cannot list classpath directory " + dir + ": " + e.getMessage(), e);
        }
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new AppException("classpath entry " + entry + " does not exist; pass the application's"
            + " class output (e.g. target/classes) and its dependency jars");
      }
      urls.add(url(path));
    }
    if (urls.isEmpty()) {
      throw new AppException("the classpath is empty; pass --classpath target/classes:<dependency jars>");
    }
    return urls;
  }

  private static URL url(Path path) {
    try {
      return path.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new AppException("classpath entry " + path + " is not a valid path", e);
    }
  }
}
