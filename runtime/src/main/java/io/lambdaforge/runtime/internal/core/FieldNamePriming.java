package io.lambdaforge.runtime.internal.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Priming of jackson-core's path for field names it has not seen. The synthetic events teach the
 * event parser every name of their source's format, so in priming that path runs once per name and
 * stays interpreted; a real request brings names no synthetic event can know (its API's own headers,
 * query parameters, stage variables, an authorizer's claims), and each of them would run the
 * parser's name decoding and symbol-table insertion in the interpreter in the first real request.
 * This step parses {@value #DOCUMENTS} small documents of never-repeated names of each length
 * class the parser's symbol table handles separately (up to 4, 8 and 12 bytes, and longer), so
 * that path is compiled before the snapshot. It uses a throwaway {@link JsonFactory}: compiled
 * code is shared by every factory, while the runtime's own factory's symbol table does not fill
 * with names no request will carry.
 */
final class FieldNamePriming {
  /** Documents parsed; four new names each, enough for the JIT to compile the path. */
  static final int DOCUMENTS = 400;

  private FieldNamePriming() {}

  /** Parses the documents and returns how many distinct names they carried. */
  static int run() throws IOException {
    JsonFactory factory = new JsonFactory();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String id = Integer.toString(i, 36);
      String document = "{\"p" + id + "\":\"a\",\"pr" + id + "-ab\":[\"a\"],\"priming-" + id
          + "-ab\":{\"a\":1},\"lambdaforge-priming-" + id + "\":true}";
      try (JsonParser parser = factory.createParser(document.getBytes(StandardCharsets.UTF_8))) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.FIELD_NAME && parser.currentName().length() > 1) {
            names.add(parser.currentName());
          }
        }
      }
    }
    return names.size();
  }
}
