package io.lambdaforge.runtime.internal.s3batch;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.events.s3batch.S3BatchResult;
import io.lambdaforge.events.s3batch.S3BatchTask;

/** The generated call of an S3 Batch method: one task in, its result out. */
@FunctionalInterface
public interface S3BatchInvoker {
  S3BatchResult invoke(S3BatchTask task, Context context) throws Exception;
}
