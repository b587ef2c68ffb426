package io.lambdaforge.bench.baseline;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lambdaforge.bench.app.OrderReceipt;
import io.lambdaforge.bench.app.OrderRequest;

/**
 * The Jackson setup a careful engineer gives a hand-written function: one mapper per execution
 * environment, readers and writers resolved once for the body types. Shared by the hand-written and
 * the managed-runtime baselines so they differ only in how they handle the event envelope.
 */
final class UserJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the runtime owns the output stream
          .build();
  static final ObjectReader ORDER = MAPPER.readerFor(OrderRequest.class);
  static final ObjectWriter RECEIPT = MAPPER.writerFor(OrderReceipt.class);

  private UserJson() {}
}
