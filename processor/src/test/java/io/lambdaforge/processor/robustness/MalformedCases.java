package io.lambdaforge.processor.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates malformed (and boundary) {@code @Function} declarations: every numeric attribute at
 * and beyond its limits, names, methods, paths, environment variables, missing and erroneous
 * types, broken generics, duplicates, odd modifiers and annotation misuse. Each case is one class
 * {@code com.acme.C<id>} whose function names, routes and ALB priorities carry the id, so cases
 * compiled together cannot clash by accident.
 */
final class MalformedCases {
  /** What the compiler must say about a case. */
  enum Expect { CLEAN, ERROR, ANY }

  /** One generated source; {@code syntax} cases stop javac before processing and compile alone. */
  record Case(int id, String title, Expect expect, boolean syntax, List<String> members) {
    String className() {
      return "C" + id;
    }

    String[] lines() {
      List<String> lines = new ArrayList<>();
      lines.add("package com.acme;");
      lines.add("import io.lambdaforge.annotations.*;");
      lines.add("import io.lambdaforge.runtime.http.*;");
      lines.add("import com.amazonaws.services.lambda.runtime.Context;");
      lines.add("import java.util.*;");
      lines.add("public class " + className() + " {");
      lines.add("  public record Order(String id, int quantity) {}");
      for (String member : members) {
        lines.add("  " + member.replace("$ID", String.valueOf(id)));
      }
      lines.add("}");
      return lines.toArray(String[]::new);
    }
  }

  private final List<Case> cases = new ArrayList<>();

  static List<Case> all() {
    MalformedCases g = new MalformedCases();
    g.numbers();
    g.names();
    g.methodsAndPaths();
    g.environment();
    g.types();
    g.modifiers();
    g.duplicates();
    g.misuse();
    return g.cases;
  }

  private void add(String title, Expect expect, String... members) {
    cases.add(new Case(cases.size(), title, expect, false, List.of(members)));
  }

  private void syntax(String title, String... members) {
    cases.add(new Case(cases.size(), title, Expect.ERROR, true, List.of(members)));
  }

  /** A direct-invoke function with {@code attributes}. */
  private void sdk(String title, Expect expect, String attributes) {
    add(title, expect,
        "@Function(" + attributes + (attributes.isEmpty() ? "" : ", ") + "triggers = @Trigger(source = Source.SDK))",
        "public static int f$ID(int x) { return x; }");
  }

  private void numbers() {
    int[][] ints = {
      // memory: 128..10240
      {128, 0}, {10240, 0}, {127, 1}, {10241, 1}, {0, 1}, {-1, 1}, {Integer.MIN_VALUE, 1}, {Integer.MAX_VALUE, 1},
    };
    for (int[] m : ints) {
      sdk("memory = " + m[0], m[1] == 0 ? Expect.CLEAN : Expect.ERROR, "memory = " + literal(m[0]));
    }
    int[][] timeouts = {{1, 0}, {900, 0}, {0, 1}, {901, 1}, {-5, 1}, {Integer.MIN_VALUE, 1}, {Integer.MAX_VALUE, 1}};
    for (int[] t : timeouts) {
      sdk("timeout = " + t[0], t[1] == 0 ? Expect.CLEAN : Expect.ERROR, "timeout = " + literal(t[0]));
    }
    int[][] storage = {{512, 0}, {10240, 0}, {511, 1}, {10241, 1}, {0, 1}, {Integer.MIN_VALUE, 1}, {Integer.MAX_VALUE, 1}};
    for (int[] s : storage) {
      sdk("ephemeralStorage = " + s[0], s[1] == 0 ? Expect.CLEAN : Expect.ERROR, "ephemeralStorage = " + literal(s[0]));
    }
    String[][] budgets = {
      {"0", "CLEAN"}, {"0.01", "CLEAN"}, {"-0.01", "ERROR"}, {"-1e308", "ERROR"}, {"Double.MAX_VALUE", "ANY"},
      {"Double.MIN_VALUE", "ANY"}, {"0.0 / 0.0", "ANY"}, {"1.0 / 0.0", "ANY"}, {"-1.0 / 0.0", "ERROR"},
    };
    for (String[] b : budgets) {
      sdk("monthlyBudgetUsd = " + b[0], Expect.valueOf(b[1]), "monthlyBudgetUsd = " + b[0]);
    }
    String[] traffic = {"invocationsPerMonth", "averageDurationMs", "averageRequestBytes", "averageResponseBytes"};
    for (String field : traffic) {
      sdk(field + " = -1", Expect.ERROR, "traffic = @Traffic(" + field + " = -1)");
      sdk(field + " = Long.MIN_VALUE", Expect.ERROR, "traffic = @Traffic(" + field + " = Long.MIN_VALUE)");
      sdk(field + " = Long.MAX_VALUE", Expect.ANY, "traffic = @Traffic(" + field + " = Long.MAX_VALUE)");
      sdk(field + " = 0", Expect.CLEAN, "traffic = @Traffic(" + field + " = 0)");
    }
    sdk("every traffic field at Long.MAX_VALUE", Expect.ANY,
        "traffic = @Traffic(invocationsPerMonth = Long.MAX_VALUE, averageDurationMs = Long.MAX_VALUE, "
            + "averageRequestBytes = Long.MAX_VALUE, averageResponseBytes = Long.MAX_VALUE), memory = 10240, "
            + "ephemeralStorage = 10240, monthlyBudgetUsd = 1");
    int[][] priorities = {{0, 1}, {-1, 1}, {50001, 1}, {Integer.MAX_VALUE, 1}, {Integer.MIN_VALUE, 1}};
    for (int[] p : priorities) {
      add("ALB priority = " + p[0], Expect.ERROR,
          "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/c$ID\", priority = "
              + literal(p[0]) + "))",
          "public static String f$ID() { return \"\"; }");
    }
    add("ALB priority = 50000", Expect.CLEAN,
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/c$ID\", priority = 50000))",
        "public static String f$ID() { return \"\"; }");
    for (String source : new String[] {"API_GATEWAY_REST", "API_GATEWAY_HTTP"}) {
      for (int timeout : new int[] {29, 30, 31, 900}) {
        add(source + " timeout " + timeout, Expect.ANY,
            "@Function(timeout = " + timeout + ", triggers = @Trigger(source = Source." + source
                + ", method = \"GET\", path = \"/c$ID\"))",
            "public static String f$ID() { return \"\"; }");
      }
    }
  }

  private void names() {
    String[][] names = {
      {"a".repeat(64), "CLEAN"}, {"a".repeat(65), "ERROR"}, {"x".repeat(5000), "ERROR"}, {"bad name", "ERROR"},
      {"a.b", "ERROR"}, {"ünï", "ERROR"}, {"-", "CLEAN"}, {"_", "CLEAN"}, {"\\u0000", "ERROR"}, {"\\n", "ERROR"},
      {"\\\"", "ERROR"}, {"😀", "ERROR"}, {"arn:aws:lambda:x", "ERROR"}, {" ", "ERROR"},
    };
    for (String[] n : names) {
      String value = n[1].equals("CLEAN") ? n[0] + (n[0].length() < 60 ? "$ID" : "") : n[0];
      if (n[0].length() == 64) {
        value = "a".repeat(64 - String.valueOf(cases.size()).length()) + "$ID";
      }
      sdk("name = \"" + n[0].substring(0, Math.min(20, n[0].length())) + "\"", Expect.valueOf(n[1]),
          "name = \"" + value + "\"");
    }
    add("handler longer than 127 characters", Expect.ERROR,
        "@Function(triggers = @Trigger(source = Source.SDK))",
        "public static int " + "m".repeat(130) + "$ID(int x) { return x; }");
  }

  private void methodsAndPaths() {
    String[][] methods = {
      {"GET", "CLEAN"}, {"ANY", "CLEAN"}, {"get", "ANY"}, {"", "ERROR"}, {"FETCH", "ERROR"}, {"G ET", "ERROR"},
      {"GET\\r\\n", "ERROR"}, {"CONNECT", "ERROR"}, {"x".repeat(300), "ERROR"},
    };
    String[] sources = {"ALB", "API_GATEWAY_REST", "API_GATEWAY_HTTP"};
    for (String[] m : methods) {
      for (String source : sources) {
        add(source + " method \"" + m[0] + "\"", Expect.valueOf(m[1]), http(source, "\"" + m[0] + "\"", "\"/c$ID\"", ""),
            "public static String f$ID() { return \"\"; }");
      }
    }
    String[][] paths = {
      {"", "ERROR"}, {"noslash", "ERROR"}, {"/{", "ERROR"}, {"/{}", "ERROR"}, {"/c$ID/{a}/{a}", "ERROR"},
      {"/c$ID/{a+}/b", "ERROR"}, {"/c$ID//x", "ERROR"}, {"/c$ID/a b", "ANY"}, {"/c$ID/{id}", "ERROR"},
      {"/c$ID/" + "x".repeat(10_000), "ANY"}, {"/c$ID/{+}", "ERROR"}, {"/c$ID/{a}{b}", "ERROR"},
      {"/c$ID/}{", "ERROR"}, {"/c$ID/%zz", "ANY"}, {"/c$ID/?q=1", "ANY"}, {"/c$ID/#x", "ANY"},
      {"\\u0000", "ERROR"}, {"/c$ID/\\r\\n", "ANY"},
    };
    for (String[] p : paths) {
      for (String source : new String[] {"API_GATEWAY_HTTP", "ALB"}) {
        add(source + " path \"" + abbreviate(p[0]) + "\"", Expect.valueOf(p[1]),
            http(source, "\"GET\"", "\"" + p[0] + "\"", ""), "public static String f$ID() { return \"\"; }");
      }
    }
    add("SDK trigger with a path", Expect.ERROR, "@Function(triggers = @Trigger(source = Source.SDK, path = \"/x\"))",
        "public static int f$ID(int x) { return x; }");
    add("REST trigger with a priority", Expect.ERROR,
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/c$ID\", priority = 3))",
        "public static String f$ID() { return \"\"; }");
    add("HTTP trigger with multiValueHeaders", Expect.ERROR,
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/c$ID\", multiValueHeaders = true))",
        "public static String f$ID() { return \"\"; }");
    add("HTTP trigger without a path", Expect.ERROR, "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP))",
        "public static String f$ID() { return \"\"; }");
    add("empty triggers", Expect.CLEAN, "@Function(triggers = {})", "public static int f$ID(int x) { return x; }");
  }

  private void environment() {
    String[][] env = {
      {"@Env(name = \"OK_$ID\", value = \"v\")", "CLEAN"}, {"@Env(name = \"\", value = \"v\")", "ERROR"},
      {"@Env(name = \"1A\", value = \"v\")", "ERROR"}, {"@Env(name = \"A-B\", value = \"v\")", "ERROR"},
      {"@Env(name = \"AWS_REGION\", value = \"v\")", "ERROR"}, {"@Env(name = \"_HANDLER\", value = \"v\")", "ERROR"},
      {"@Env(name = \"A\", value = \"1\"), @Env(name = \"A\", value = \"2\")", "ERROR"},
      {"@Env(name = \"BIG\", value = \"" + "v".repeat(4100) + "\")", "ERROR"},
      {"@Env(name = \"NUL\", value = \"\\u0000\")", "ANY"}, {"@Env(name = \"\\u00e9\", value = \"v\")", "ERROR"},
      {"@Env(name = \"A\", value = \"\")", "CLEAN"},
    };
    for (String[] e : env) {
      sdk("environment " + abbreviate(e[0]), Expect.valueOf(e[1]), "environment = {" + e[0] + "}");
    }
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      many.append(i == 0 ? "" : ", ").append("@Env(name = \"V").append(i).append("\", value = \"abcdefgh\")");
    }
    sdk("400 environment variables (over 4 KB)", Expect.ERROR, "environment = {" + many + "}");
  }

  private void types() {
    String[][] signatures = {
      {"public static Missing f$ID(int x) { return null; }", "ERROR"},
      {"public static int f$ID(Missing x) { return 0; }", "ERROR"},
      {"public static List<Missing> f$ID(int x) { return null; }", "ERROR"},
      {"public static int f$ID(Map<String, Missing> x) { return 0; }", "ERROR"},
      {"public static int f$ID(Map<String> x) { return 0; }", "ERROR"},
      {"public static int f$ID(List<String, String> x) { return 0; }", "ERROR"},
      {"public static int f$ID(List x) { return 0; }", "ANY"},
      {"public static int f$ID(List<? extends Order> x) { return 0; }", "ANY"},
      {"public static int f$ID(List<?> x) { return 0; }", "ANY"},
      {"public static int f$ID(Order[][] x) { return 0; }", "ANY"},
      {"public static <T> T f$ID(T x) { return x; }", "ERROR"},
      {"public static <T extends Missing> int f$ID(T x) { return 0; }", "ERROR"},
      {"public static int f$ID(int x, int y) { return 0; }", "ERROR"},
      {"public static int f$ID(Optional<Optional<String>> x) { return 0; }", "ANY"},
      {"public static java.util.function.Function<String, String> f$ID(Runnable r) { return null; }", "ANY"},
      {"public static int f$ID(Context c, Context d) { return 0; }", "ANY"},
      {"public static int f$ID(int... xs) { return 0; }", "ANY"},
      {"public static int f$ID(int x) throws MissingException { return 0; }", "ERROR"},
      {"public static HttpResponse<String> f$ID(int x) { return null; }", "ERROR"},
      {"public static Missing.Inner f$ID(int x) { return null; }", "ERROR"},
      {"public static int f$ID(java.util.concurrent.Future<Order> x) { return 0; }", "ANY"},
    };
    for (String[] s : signatures) {
      add("signature " + abbreviate(s[0]), Expect.valueOf(s[1]), "@Function(triggers = @Trigger(source = Source.SDK))", s[0]);
    }
    String[][] bindings = {
      {"@QueryParam(\"q\") Map<String, String> q", "ERROR"}, {"@QueryParam(\"\") String q", "ERROR"},
      {"@Body Order a, @Body Order b", "ERROR"}, {"@QueryParam(\"q\") @HeaderParam(\"q\") String q", "ERROR"},
      {"@PathParam(\"nope\") String p", "ERROR"}, {"@HeaderParam(\"q\") Missing q", "ERROR"},
      {"@QueryParam(\"q\") List<Missing> q", "ERROR"}, {"@CookieParam(\"c\") Order c", "ERROR"},
      {"@Body Missing b", "ERROR"}, {"@QueryParam(\"q\") Optional<List<String>> q", "ERROR"},
      {"@QueryParam(\"q\") Object q", "ERROR"}, {"@QueryParam(\"" + "q".repeat(3000) + "\") String q", "ANY"},
      {"@QueryParam(\"q\\r\\n\") String q", "ANY"}, {"Order unannotated", "ERROR"},
      {"@Body List<Map<String, List<Optional<Order>>>> deep", "ANY"}, {"@Body int[] numbers", "ANY"},
      {"@HeaderParam(\"x\") char[] x", "ERROR"}, {"@QueryParam(\"q\") List<List<String>> q", "ERROR"},
    };
    for (String[] b : bindings) {
      add("binding " + abbreviate(b[0]), Expect.valueOf(b[1]),
          "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/c$ID\"))",
          "public static String f$ID(" + b[0] + ") { return \"\"; }");
    }
    add("SDK with a query parameter", Expect.ERROR, "@Function(triggers = @Trigger(source = Source.SDK))",
        "public static int f$ID(@QueryParam(\"q\") String q) { return 0; }");
    add("mixed HTTP + SDK returning HttpResponse", Expect.ERROR,
        "@Function(triggers = {@Trigger(source = Source.SDK), @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/c$ID\")})",
        "public static HttpResponse<String> f$ID(@Body String s) { return null; }");
    syntax("unclosed generic", "@Function", "public static List<String f$ID() { return null; }");
    syntax("generic with no type", "@Function", "public static List<> f$ID() { return null; }");
    syntax("annotation without closing parenthesis", "@Function(memory = 512", "public static int f$ID(int x) { return x; }");
    syntax("missing method body", "@Function", "public static int f$ID(int x)");
    syntax("stray tokens", "@Function(triggers = @Trigger(source = Source.SDK)) ) )", "public static int f$ID(int x) { return x; }");
  }

  private void modifiers() {
    String[][] members = {
      {"@Function static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function private static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function protected static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function public native int f$ID(int x);", "ANY"},
      {"@Function public synchronized int f$ID(int x) { return x; }", "CLEAN"},
      {"@Function public final int f$ID(int x) { return x; }", "CLEAN"},
      {"@Function public strictfp int f$ID(int x) { return x; }", "ANY"},
      {"public abstract static class A$ID { @Function public abstract int f$ID(int x); }", "ERROR"},
      {"public interface I$ID { @Function default int f$ID(int x) { return x; } }", "ERROR"},
      {"public interface J$ID { @Function static int f$ID(int x) { return x; } }", "ANY"},
      {"public class Inner$ID { @Function public int f$ID(int x) { return x; } }", "ERROR"},
      {"private static class P$ID { @Function public static int f$ID(int x) { return x; } }", "ERROR"},
      {"public static class N$ID { private N$ID() {} @Function public int f$ID(int x) { return x; } }", "ERROR"},
      {"public static class G$ID<T> { @Function public int f$ID(int x) { return x; } }", "ERROR"},
      {"public static class K$ID { public K$ID(int a) {} @Function public int f$ID(int x) { return x; } }", "ERROR"},
      {"public enum E$ID { A; @Function public int f$ID(int x) { return x; } }", "ANY"},
      {"public record R$ID(int a) { @Function public int f$ID(int x) { return x; } }", "ANY"},
      // javac does not show members of local and anonymous classes to processors: no adapter, no crash
      {"void m$ID() { class L { @Function public int f$ID(int x) { return x; } } }", "ANY"},
      {"Runnable r$ID = new Runnable() { @Function public void run() {} };", "ANY"},
      {"public static class S$ID { public static class T$ID { @Function public static int f$ID(int x) { return x; } } }", "CLEAN"},
    };
    for (String[] m : members) {
      add("modifiers " + abbreviate(m[0]), Expect.valueOf(m[1]), m[0]);
    }
  }

  private void duplicates() {
    add("duplicate function name", Expect.ERROR,
        "@Function(name = \"same$ID\") public static int a$ID(int x) { return x; }",
        "@Function(name = \"same$ID\") public static int b$ID(int x) { return x; }");
    add("overloads share an adapter", Expect.ERROR,
        "@Function(name = \"o1_$ID\") public static int f$ID(int x) { return x; }",
        "@Function(name = \"o2_$ID\") public static int f$ID(String x) { return 0; }");
    add("duplicate ALB priority", Expect.ERROR,
        "@Function(triggers = @Trigger(source = Source.ALB, path = \"/c$ID/a\", priority = 4$ID)) public static String a$ID() { return \"\"; }",
        "@Function(triggers = @Trigger(source = Source.ALB, path = \"/c$ID/b\", priority = 4$ID)) public static String b$ID() { return \"\"; }");
    add("route conflict", Expect.ERROR,
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/c$ID/{a}\")) public static String a$ID(@PathParam(\"a\") String a) { return a; }",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"ANY\", path = \"/c$ID/{b}\")) public static String b$ID(@PathParam(\"b\") String b) { return b; }");
    add("one function, the same route twice", Expect.ERROR,
        "@Function(triggers = {@Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/c$ID\"),",
        "    @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/c$ID\")})",
        "public static String f$ID() { return \"\"; }");
    add("two SDK triggers", Expect.ANY,
        "@Function(triggers = {@Trigger(source = Source.SDK), @Trigger(source = Source.SDK)})",
        "public static int f$ID(int x) { return x; }");
    add("duplicate environment variable and name", Expect.ERROR,
        "@Function(name = \"dup$ID\", environment = {@Env(name = \"X\", value = \"1\"), @Env(name = \"X\", value = \"1\")})",
        "public static int a$ID(int x) { return x; }",
        "@Function(name = \"dup$ID\") public static int b$ID(int x) { return x; }");
  }

  private void misuse() {
    String[][] members = {
      {"@Function public C$ID() {}", "ERROR"},
      {"@Function public int field$ID;", "ERROR"},
      {"@Function(memory = \"512\") public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(memory = MISSING_CONSTANT) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(name = Missing.NAME) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = @Trigger(source = Source.NOPE)) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = @Trigger()) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = @Trigger(source = null)) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = {@Trigger(source = Source.SDK), MISSING}) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = MISSING_PATH)) public static String f$ID() { return \"\"; }", "ERROR"},
      {"@Function(architecture = Architecture.MIPS) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(traffic = @Traffic(invocationsPerMonth = 1.5)) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(environment = @Env(name = \"A\")) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function @Function public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(unknown = 1) public static int f$ID(int x) { return x; }", "ERROR"},
      {"@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/c$ID\" + MISSING)) public static String f$ID() { return \"\"; }", "ERROR"},
      {"@Function public static int f$ID(@Missing int x) { return x; }", "ERROR"},
      {"@Function public static int f$ID(int x) { return undefinedCall(); }", "ERROR"},
    };
    for (String[] m : members) {
      add("misuse " + abbreviate(m[0]), Expect.valueOf(m[1]), m[0]);
    }
  }

  private static String http(String source, String method, String path, String extra) {
    String priority = source.equals("ALB") ? ", priority = 2$ID" : "";
    return "@Function(triggers = @Trigger(source = Source." + source + ", method = " + method + ", path = " + path
        + priority + extra + "))";
  }

  private static String literal(int value) {
    return value == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : value == Integer.MAX_VALUE ? "Integer.MAX_VALUE"
        : String.valueOf(value);
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
