package io.lambdaforge.local.family.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Direct invoke: the caller's payload is the event. Lambda hands a function an invocation without
 * a payload as {@code {}} (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html).
 */
public final class SdkFamily implements SourceFamily {
  private static final List<Source> SOURCES = List.of(Source.SDK);

  /** The event a direct invoke with {@code payload} delivers: the payload, or {@code {}} when it is empty. */
  public static byte[] event(byte[] payload) {
    return payload.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : payload;
  }

  @Override
  public List<Source> sources() {
    return SOURCES;
  }

  /** Nothing stands before a directly invoked function. */
  @Override
  public Optional<FrontDoor> frontDoor(Source source) {
    return Optional.empty();
  }

  @Override
  public boolean sampledFromTrigger(Source source) {
    return false;
  }

  /** The payload a caller without one sends: {@code {}}. */
  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger) {
    return JsonNodeFactory.instance.objectNode();
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return trigger.source().name();
  }

  /** A direct-invoke payload has no shape of its own: it is what is left when no family claims an event. */
  @Override
  public Optional<Source> recognize(JsonNode event) {
    return Optional.empty();
  }

  /** A direct invoke costs only the Lambda request and duration: no trigger. */
  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.empty();
  }
}
