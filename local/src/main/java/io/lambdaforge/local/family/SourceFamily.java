package io.lambdaforge.local.family;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.List;
import java.util.Optional;

/**
 * What one family of event sources contributes to local runs: its sample events, the front door
 * {@code serve} emulates for it (if any), how an event of the family is recognised, and the
 * trigger the what-if calculator prices. Registered in {@link SourceFamilies}.
 */
public interface SourceFamily {
  /** The sources of this family, in the order they are preferred when several could serve. */
  List<Source> sources();

  /**
   * The HTTP front door (gateway, load balancer) in front of {@code source}'s functions, which
   * {@code serve} and {@link io.lambdaforge.local.testing.LocalLambda#request} emulate; empty when
   * the source has none (its functions are invoked with an event, not reached over HTTP).
   */
  Optional<FrontDoor> frontDoor(Source source);

  /**
   * Whether {@code source}'s sample event is made from one of the function's triggers of that
   * source; false when the source needs no trigger (a direct invoke).
   */
  boolean sampledFromTrigger(Source source);

  /**
   * The sample event {@code source} sends, as the {@code events} command prints it; {@code trigger}
   * is the function's trigger of that source when {@link #sampledFromTrigger} says so.
   */
  ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger);

  /**
   * The named variants of {@code source}'s sample event for {@code trigger} (S3 Batch: the
   * invocation schema versions; Cognito: the trigger's {@code triggerSource} values), the default
   * first; empty when the source has one shape.
   */
  default List<String> sampleVariants(Source source, Optional<TriggerSpec> trigger) {
    return List.of();
  }

  /**
   * The sample event of variant {@code variant}, one of {@link #sampleVariants}.
   *
   * @throws IllegalArgumentException naming the variants when {@code variant} is not one
   */
  default ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger, String variant) {
    throw new IllegalArgumentException(source + " has no sample variants; leave the variant out");
  }

  /** How {@code trigger} (of this family) reads in a list of a function's triggers. */
  String describe(TriggerSpec trigger);

  /** The source of this family that sends events shaped like {@code event}, if any. */
  Optional<Source> recognize(JsonNode event);

  /**
   * The trigger of {@code source} the what-if cost calculator puts in front of its one function
   * (so the source's own charges are priced); empty when the source adds no trigger.
   */
  Optional<TriggerSpec> whatIfTrigger(Source source);
}
