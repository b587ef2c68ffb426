package io.lambdaforge.runtime.internal.firehose;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * What a generated Firehose adapter holds in a static field: the function's dispatch with the
 * Firehose family only, so any other event is refused as a function error.
 */
public final class FirehoseTransform {
  private final Dispatch dispatch;

  private FirehoseTransform(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  /** The transformation of function {@code function}, one {@code transformer} call per record. */
  public static FirehoseTransform of(String function, RecordTransformer transformer) {
    return new FirehoseTransform(
        Dispatch.of(function, List.of(new FirehoseHandler(function, transformer)), null));
  }

  /** Handles one invocation: one batch. */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    dispatch.handle(input, output, context);
  }
}
