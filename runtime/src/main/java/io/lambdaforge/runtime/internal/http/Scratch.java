package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.lambdaforge.runtime.internal.codec.JsonText;
import io.lambdaforge.runtime.internal.codec.Streams;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the HTTP family writes an answer with, kept from one invocation to the next (its family
 * lends it to one invocation at a time, as the event buffer): the codec text of the body, and the
 * generator of the response envelope, which writes each response to that invocation's output. A
 * warm invocation so creates neither generator. A generator is kept only when its response ended
 * cleanly at the top level; after any failure the next response starts a new one.
 */
final class Scratch {
  /** The body a codec writes, escaped into the response from its characters. */
  final JsonText body = new JsonText();
  private final Target target = new Target();
  private JsonGenerator generator;

  /** The response generator, writing to {@code output} until {@link #finished}. */
  JsonGenerator generator(OutputStream output) throws IOException {
    target.output = output;
    if (generator == null) {
      generator = Streams.FACTORY.createGenerator(target);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the runtime owns the output
      generator.setRootValueSeparator(null); // responses follow one another with nothing between
    }
    return generator;
  }

  /**
   * Ends a response written with {@link #generator}: the generator is kept for the next one when
   * {@code clean} and back at the top level. The body's buffer is trimmed.
   */
  void finished(boolean clean) {
    target.output = null;
    if (!clean || generator == null || !generator.getOutputContext().inRoot()) {
      generator = null;
    }
    body.trim();
  }

  /** The output of the current invocation, behind the kept generator. */
  private static final class Target extends OutputStream {
    OutputStream output;

    @Override
    public void write(int b) throws IOException {
      output.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      output.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      output.flush();
    }
  }
}
