package io.lambdaforge.processor.codec;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Map;

/**
 * The generated codecs an adapter may use, by the declared type they read and write: the
 * expression naming each codec constant ({@code Store_CreateHandlerJson.BODY}). A type without a
 * codec is read and written by databind.
 */
public final class CodecRefs {
  /** No codecs: every type goes to databind. */
  public static final CodecRefs NONE = new CodecRefs(Map.of());

  private final Map<TypeName, CodeBlock> refs;

  CodecRefs(Map<TypeName, CodeBlock> refs) {
    this.refs = Map.copyOf(refs);
  }

  /** The codec constant of {@code type}, or {@code null} when databind handles it. */
  public CodeBlock of(TypeName type) {
    return refs.get(type);
  }

  /** Whether no type has a codec. */
  public boolean isEmpty() {
    return refs.isEmpty();
  }
}
