package io.lambdaforge.runtime.internal.s3batch;

import io.lambdaforge.runtime.internal.core.Dispatch;
import java.util.List;

/** What a generated S3 Batch adapter calls once, in its static initialiser. */
public final class S3BatchAdapter {
  private S3BatchAdapter() {}

  /** The dispatch of function {@code function}: S3 Batch invocations only, others are refused. */
  public static Dispatch dispatch(String function, S3BatchInvoker invoker) {
    return Dispatch.of(function, List.of(new S3BatchHandler(function, invoker)), null);
  }
}
