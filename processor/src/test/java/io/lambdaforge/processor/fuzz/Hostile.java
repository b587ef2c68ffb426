package io.lambdaforge.processor.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile input: strings a client can put in any request field, and request bodies. */
final class Hostile {
  /** Hand-picked values: injection, traversal, encodings, limits, type confusion. */
  static final List<String> CATALOG =
      List.of(
          "", " ", "\t", "\r\n", "a\r\nSet-Cookie: evil=1", "v\nX-Injected: 1", "\r", "\u0000", "\u007f",
          "%00", "%0d%0aSet-Cookie:%20evil=1", "..", "../", "../../etc/passwd", "..%2f..%2fetc",
          "%2e%2e%2f%2e%2e", "%2E%2E", "..\\..\\windows", "/..;/", "%", "%%", "%zz", "%c0%af", "%ff%fe",
          "%e2%82", "%u002e", "+", "a+b%2Bc", "//", "/", "\\", "?", "#frag", "&", "=", ";", "a=b; c=d",
          "\"quoted\"", "'", "\uD800", "\uDFFF\uD800", "\uD83D\uDE00", "\u202Egnp.exe", "\uFEFF", "\uFFFF",
          "\u0130", "\u00df", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{\"a\":1}", "[1,2]",
          "null", "NaN", "Infinity", "-0", "1e999999", "0x1F", "1_000", " 42", "42 ",
          "99999999999999999999999999999999", "-9223372036854775809", "2147483648", "true", "TRUE",
          "yes", "BOOK", "book", "Book", "GAME ", "00000000-0000-0000-0000-000000000000",
          "1-2-3-4-5", "2024-02-30T00:00:00Z", "2024-05-01T10:15:30Z", "P1D", "java.lang.Exception",
          "\tat fz.Fz.typed(Fz.java:1)", "1,2,3", ",,,", "a, b ,c", "x".repeat(300));

  private Hostile() {}

  /** Catalog entries, arbitrary Unicode (lone surrogates included), printable ASCII and mixes. */
  static Arbitrary<String> strings() {
    Arbitrary<String> catalog = Arbitraries.of(CATALOG);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(24);
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(24);
    Arbitrary<String> mixed =
        Combinators.combine(catalog, ascii, catalog).as((a, b, c) -> a + b + c);
    return Arbitraries.frequencyOf(
        Tuple.of(5, catalog), Tuple.of(2, unicode), Tuple.of(2, ascii), Tuple.of(2, mixed));
  }

  /** A request body: text, valid and broken JSON for {@code Order}, oversized and deep JSON. */
  static String body(int variant, int size, String text) {
    return switch (Math.floorMod(variant, 16)) {
      case 0, 1 -> text;
      case 2 -> "{\"id\":\"o-1\",\"kind\":\"BOOK\",\"lines\":[{\"sku\":\"a\",\"qty\":2}],\"total\":12.50,"
          + "\"at\":\"2024-05-01T10:15:30Z\"}";
      case 3 -> "{\"id\":" + quote(text) + ",\"kind\":" + quote(text) + "}";
      case 4 -> "{\"id\":\"boom\"}";
      case 5 -> "{\"lines\":[{\"qty\":\"many\"}],\"total\":\"1e999999\",\"at\":\"yesterday\"}";
      case 6 -> "{\"total\":" + "9".repeat(101 + Math.floorMod(size, 5000)) + "}";
      case 7 -> "[".repeat(65 + Math.floorMod(size, 3000)) + "]".repeat(65 + Math.floorMod(size, 3000));
      case 8 -> "{\"id\":\"a\",\"id\":\"b\",\"kind\":\"BOOK\",\"kind\":7}";
      case 9 -> "{\"id\":\"x\"" + ",\"extra\":{\"@class\":\"java.lang.ProcessBuilder\"}}";
      case 10 -> "[\"java.util.HashMap\",{\"id\":\"typed\"}]";
      case 11 -> "{\"id\":\"unterminated";
      case 12 -> "{\"lines\":null,\"kind\":null,\"id\":null}";
      case 13 -> "{\"id\":\"" + "y".repeat(64 * 1024 + Math.floorMod(size, 64 * 1024)) + "\"}";
      case 14 -> Math.floorMod(size, 64) == 0 ? "z".repeat(200 * 1024 + Math.floorMod(size, 1024 * 1024)) : text;
      default -> "{\"id\":" + quote(text) + ",\"lines\":[" + "{\"sku\":\"s\",\"qty\":1},".repeat(Math.floorMod(size, 50))
          + "{}]}";
    };
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
