package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.runtime.internal.core.Dispatch;
import io.lambdaforge.runtime.internal.s3batch.S3BatchAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * S3 Batch Operations adapter of function {@code named}: calls {@code com.acme.Batch#named} once per task of the
 * invocation and answers it in the invocation's schema (1.0 or 2.0).
 *
 * <p>Lambda handler: {@code com.acme.Batch_NamedHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Batch_NamedHandler implements RequestStreamHandler {
  private static final Dispatch DISPATCH = S3BatchAdapter.dispatch("named", (task, context) -> Batch.named(task, context));

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCH.handle(input, output, context);
  }
}
