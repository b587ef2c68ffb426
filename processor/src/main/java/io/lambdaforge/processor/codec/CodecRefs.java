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
  private final Map<TypeName, String> samples;

  CodecRefs(Map<TypeName, CodeBlock> refs) {
    this(refs, Map.of());
  }

  CodecRefs(Map<TypeName, CodeBlock> refs, Map<TypeName, String> samples) {
    this.refs = Map.copyOf(refs);
    this.samples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(samples));
  }

  /**
   * The sample JSON of {@code type} that SnapStart priming reads and writes with its codec
   * ({@link SampleJson}), or {@code null} when the type has no codec.
   */
  public String sample(TypeName type) {
    return samples.get(type);
  }

  /** The codec constant of {@code type}, or {@code null} when databind handles it. */
  public CodeBlock of(TypeName type) {
    return refs.get(type);
  }

  /** The types with a priming sample, in the order they were planned. */
  public java.util.Set<TypeName> sampled() {
    return samples.keySet();
  }

  /** Whether no type has a codec. */
  public boolean isEmpty() {
    return refs.isEmpty();
  }
}
