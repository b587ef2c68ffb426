package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.events.firehose.FirehoseRecord;
import io.lambdaforge.events.firehose.FirehoseResult;
import io.lambdaforge.runtime.internal.firehose.FirehoseTransform;
import io.lambdaforge.runtime.internal.firehose.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * Firehose transformation adapter of function {@code parse}: answers each batch of Amazon Data
 * Firehose, calling {@code com.acme.Logs#parse} once per record.
 *
 * <p>Lambda handler: {@code com.acme.Logs_ParseHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Logs_ParseHandler implements RequestStreamHandler {
  private static final Logs TARGET = new Logs();

  private static final RecordWriter<Logs.Line> OUTPUT = RecordWriter.of(Logs.Line.class,
      RecordWriter.key("word", Logs.Line::word));

  private static final FirehoseTransform TRANSFORM = FirehoseTransform.of("parse", Logs_ParseHandler::transform);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    TRANSFORM.handle(input, output, context);
  }

  private static FirehoseResult transform(FirehoseRecord record, Context context) throws Exception {
    return OUTPUT.result(TARGET.parse(record.text(), context));
  }
}
