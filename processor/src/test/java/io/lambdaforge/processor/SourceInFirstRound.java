package io.lambdaforge.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that writes one source file in the first round, as another code generator would:
 * the types it declares do not exist yet when the Lambdaforge processors first see the code.
 */
public final class SourceInFirstRound extends AbstractProcessor {
  private final String qualifiedName;
  private final String source;
  private boolean done;

  public SourceInFirstRound(String qualifiedName, String source) {
    this.qualifiedName = qualifiedName;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done) {
      done = true;
      try (Writer writer = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
