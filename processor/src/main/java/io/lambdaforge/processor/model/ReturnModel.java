package io.lambdaforge.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * What a function returns. {@link #of()} is the content for {@link Kind#OPTIONAL} ({@code
 * Optional<T>}) and {@link Kind#HTTP_RESPONSE} ({@code io.lambdaforge.runtime.http.HttpResponse<T>};
 * a raw {@code HttpResponse} has content JSON of {@code Object}), {@code null} otherwise.
 *
 * @param kind the classification
 * @param type the declared return type ({@code void} for VOID; {@code java.lang.Void} also is VOID)
 * @param of the content of an Optional or HttpResponse
 */
public record ReturnModel(Kind kind, TypeName type, ReturnModel of) {
  /** The classifications. */
  public enum Kind {
    /** {@code void} or {@code java.lang.Void}. */
    VOID,
    /** {@code java.lang.String}. */
    STRING,
    /** {@code byte[]}. */
    BYTES,
    /** {@code java.util.Optional<T>}. */
    OPTIONAL,
    /** {@code io.lambdaforge.runtime.http.HttpResponse<T>}. */
    HTTP_RESPONSE,
    /** Anything else, written as JSON (primitives included). */
    JSON
  }

  /** The qualified name of the HTTP response type (compared by name only). */
  public static final String HTTP_RESPONSE_TYPE = "io.lambdaforge.runtime.http.HttpResponse";

  public ReturnModel {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if ((kind == Kind.OPTIONAL || kind == Kind.HTTP_RESPONSE) != (of != null)) {
      throw new IllegalArgumentException("content required exactly for OPTIONAL and HTTP_RESPONSE");
    }
  }

  public static ReturnModel of(Kind kind, TypeName type) {
    return new ReturnModel(kind, type, null);
  }
}
