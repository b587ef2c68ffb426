package io.lambdaforge.processor.family;

import com.palantir.javapoet.JavaFile;

/**
 * A file a family writes next to a function's adapter. Files are keyed by name: functions that
 * share one (a generated error class) get it written once; service providers of one service are
 * gathered into one {@code META-INF/services} file at the end of the compilation.
 */
public sealed interface FamilyFile {
  /** A generated source file, {@code typeName} its top-level type's binary name. */
  record SourceFile(String typeName, JavaFile file) implements FamilyFile {}

  /** A resource in the class output, {@code path} relative to its root. */
  record Resource(String path, byte[] content) implements FamilyFile {}

  /** One line of {@code META-INF/services/<service>}: {@code provider}'s binary name. */
  record ServiceProvider(String service, String provider) implements FamilyFile {}
}
