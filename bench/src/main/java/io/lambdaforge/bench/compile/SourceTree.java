package io.lambdaforge.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a realistic application of {@code n} {@code @Function} methods: resource classes of ten
 * functions each (the last one smaller), each with its own request/response records, the four
 * trigger kinds in turn (HTTP API GET with path and query parameters, REST POST with a JSON body and
 * a header, ALB PUT with a path parameter and a body, direct SDK invoke) and a few lines of logic
 * per method. Function names, routes and ALB priorities are unique across the tree.
 */
final class SourceTree {
  static final int FUNCTIONS_PER_CLASS = 10;

  private SourceTree() {}

  /**
   * Writes a tree for {@code bench/compile-cpu.sh}: {@code SourceTree <root> <n>} prints one source
   * file per line (a javac argument file).
   */
  public static void main(String[] args) throws IOException {
    for (Path file : write(Path.of(args[0]), Integer.parseInt(args[1]))) {
      System.out.println(file);
    }
  }

  /** Writes the tree under {@code root}; returns the source files. */
  static List<Path> write(Path root, int n) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int c = 0; c * FUNCTIONS_PER_CLASS < n; c++) {
      int count = Math.min(FUNCTIONS_PER_CLASS, n - c * FUNCTIONS_PER_CLASS);
      Path dir = Files.createDirectories(root.resolve("bench/gen/r" + c));
      Path file = dir.resolve("Resource" + c + "Api.java");
      Files.writeString(file, resourceClass(c, count), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private static String resourceClass(int c, int count) {
    StringBuilder s = new StringBuilder();
    s.append("package bench.gen.r").append(c).append(";\n\n")
        .append("import io.lambdaforge.annotations.*;\n")
        .append("import java.util.List;\n\n")
        .append("public class Resource").append(c).append("Api {\n")
        .append("  public record Item(String id, String name, int quantity, long priceCents, List<String> tags) {}\n")
        .append("  public record NewItem(String name, int quantity, long priceCents, List<String> tags) {}\n\n")
        .append("  private static Item item(String id, NewItem in) {\n")
        .append("    if (in.quantity() < 0) {\n")
        .append("      throw new IllegalArgumentException(\"quantity must not be negative\");\n")
        .append("    }\n")
        .append("    return new Item(id, in.name().trim(), in.quantity(), in.priceCents() * in.quantity(), in.tags());\n")
        .append("  }\n");
    for (int j = 0; j < count; j++) {
      int global = c * FUNCTIONS_PER_CLASS + j;
      String route = "/r" + c + "/f" + j;
      s.append('\n');
      switch (j % 4) {
        case 0 -> s.append("  @Function(memory = 256, triggers = @Trigger(source = Source.API_GATEWAY_HTTP,"
                + " method = \"GET\", path = \"").append(route).append("/{id}\"))\n")
            .append("  public Item get").append(global).append("(@PathParam(\"id\") String id,")
            .append(" @QueryParam(\"limit\") int limit) {\n")
            .append("    String name = id.length() > limit ? id.substring(0, limit) : id;\n")
            .append("    return new Item(id, name, limit, 100L * limit, List.of(\"r").append(c).append("\"));\n")
            .append("  }\n");
        case 1 -> s.append("  @Function(memory = 512, timeout = 15, triggers = @Trigger(source = Source.API_GATEWAY_REST,"
                + " method = \"POST\", path = \"").append(route).append("\"))\n")
            .append("  public Item create").append(global).append("(@Body NewItem body,")
            .append(" @HeaderParam(\"x-tenant-id\") String tenant) {\n")
            .append("    return item(tenant + \"-\" + body.name().hashCode(), body);\n")
            .append("  }\n");
        case 2 -> s.append("  @Function(triggers = @Trigger(source = Source.ALB, method = \"PUT\", path = \"")
            .append(route).append("/{id}\", priority = ").append(global + 1).append("))\n")
            .append("  public Item update").append(global).append("(@PathParam(\"id\") String id, @Body NewItem body) {\n")
            .append("    return item(id, body);\n")
            .append("  }\n");
        default -> s.append("  @Function(memory = 1024)\n")
            .append("  public Item lookup").append(global).append("(NewItem request) {\n")
            .append("    String id = Integer.toHexString(request.name().hashCode());\n")
            .append("    return item(id, request);\n")
            .append("  }\n");
      }
    }
    return s.append("}\n").toString();
  }
}
