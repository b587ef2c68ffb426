package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A generated method that reads the raw event itself and writes the raw result: the shape of a
 * catch-all family's entry point (direct invoke today). {@code payload} streams the event bytes
 * exactly as Lambda delivered them, already read and size-checked; exceptions propagate unchanged,
 * so Lambda reports them as function errors.
 */
@FunctionalInterface
public interface StreamInvoker {
  /** Handles one invocation. */
  void invoke(InputStream payload, OutputStream output, Context context) throws Exception;
}
