package io.lambdaforge.runtime.internal.firehose;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.events.firehose.FirehoseRecord;
import io.lambdaforge.events.firehose.FirehoseResult;

/** The generated per-record step: decode the payload, call the method, map its result. */
@FunctionalInterface
public interface RecordTransformer {
  /** Transforms one record; an exception fails that record only. */
  FirehoseResult transform(FirehoseRecord record, Context context) throws Exception;
}
