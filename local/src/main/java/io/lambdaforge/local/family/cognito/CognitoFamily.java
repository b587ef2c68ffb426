package io.lambdaforge.local.family.cognito;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import java.util.List;
import java.util.Optional;

/**
 * Amazon Cognito user-pool triggers: Cognito invokes the function itself, so there is no front
 * door; the sample event is the trigger's (named by the trigger's {@code LambdaConfig} key) in the
 * shape Cognito documents
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html),
 * modelled on the aws-lambda-go fixtures in testdata/events.
 */
public final class CognitoFamily implements SourceFamily {
  private static final List<Source> SOURCES = List.of(Source.COGNITO_USER_POOL);

  @Override
  public List<Source> sources() {
    return SOURCES;
  }

  @Override
  public Optional<FrontDoor> frontDoor(Source source) {
    return Optional.empty();
  }

  @Override
  public boolean sampledFromTrigger(Source source) {
    return true;
  }

  /** The event of the trigger's first {@code triggerSource} variant (see {@link CognitoEvents#variants}). */
  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger) {
    String key = trigger.map(TriggerSpec::path).orElse("PreSignUp");
    return CognitoEvents.event(key, CognitoEvents.variants(key).get(0));
  }

  /** Every {@code triggerSource} value of the trigger (see {@link CognitoEvents#variants}). */
  @Override
  public List<String> sampleVariants(Source source, Optional<TriggerSpec> trigger) {
    return CognitoEvents.variants(trigger.map(TriggerSpec::path).orElse("PreSignUp"));
  }

  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger, String variant) {
    String key = trigger.map(TriggerSpec::path).orElse("PreSignUp");
    if (!CognitoEvents.variants(key).contains(variant)) {
      throw new IllegalArgumentException("the " + key + " trigger has no triggerSource \"" + variant
          + "\"; write one of " + String.join(", ", CognitoEvents.variants(key)));
    }
    return CognitoEvents.event(key, variant);
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return "COGNITO_USER_POOL " + trigger.path();
  }

  @Override
  public Optional<Source> recognize(JsonNode event) {
    return event.path("triggerSource").isTextual() && event.path("userPoolId").isTextual() && event.has("request")
        ? Optional.of(Source.COGNITO_USER_POOL)
        : Optional.empty();
  }

  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(io.lambdaforge.descriptor.family.cognito.CognitoFamily.trigger("PreSignUp"));
  }

  static JsonNodeFactory nodes() {
    return JsonNodeFactory.instance;
  }
}
