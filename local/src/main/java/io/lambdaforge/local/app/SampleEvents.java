package io.lambdaforge.local.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.SourceFamilies;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ready sample events for a function's real routes, like {@code sam local generate-event} but
 * from the application: a request on the route with every path parameter filled ({@code {x}}
 * becomes {@code 1}, a greedy {@code {x+}} becomes {@code sample/1}), JSON headers, and for
 * POST, PUT and PATCH the body {@code {}}.
 */
public final class SampleEvents {

  private SampleEvents() {}

  /**
   * A sample event for {@code function}: for its trigger of {@code source} when given, otherwise
   * for its first trigger in the registry's preference order (HTTP API, REST, ALB); the
   * direct-invoke payload ({@code {}}) for a direct (SDK) invoke.
   *
   * @throws AppException when the function has no trigger of {@code source}
   */
  public static ObjectNode forFunction(FunctionSpec function, Optional<Source> source) {
    return forFunction(function, source, Optional.empty(), List.of());
  }

  /**
   * {@link #forFunction(FunctionSpec, Optional)} in the named {@code variant} of the source's
   * sample (S3 Batch: schema {@code 1.0} or {@code 2.0}; Cognito: a {@code triggerSource}).
   *
   * @throws AppException when the function has no trigger of {@code source} or the variant is not one
   */
  public static ObjectNode forFunction(FunctionSpec function, Optional<Source> source, Optional<String> variant) {
    return forFunction(function, source, variant, List.of());
  }

  /**
   * A sample event as {@link #forFunction(FunctionSpec, Optional)} makes it, and, when the trigger
   * is protected, with what its authorizer (one of {@code authorizers}, or IAM) would establish for a
   * sample caller, where the source carries it: claims and scopes, a Lambda authorizer's principal,
   * or the IAM caller.
   */
  public static ObjectNode forFunction(FunctionSpec function, Optional<Source> source,
      List<AuthorizerSpec> authorizers) {
    return forFunction(function, source, Optional.empty(), authorizers);
  }

  /**
   * A sample event in the named {@code variant} (when present) of the source's sample, with what the
   * trigger's authorizer (one of {@code authorizers}, or IAM) would establish when it is protected.
   *
   * @throws AppException when the function has no trigger of {@code source} or the variant is not one
   */
  public static ObjectNode forFunction(FunctionSpec function, Optional<Source> source,
      Optional<String> variant, List<AuthorizerSpec> authorizers) {
    Optional<TriggerSpec> trigger = trigger(function, source);
    Source from = trigger.map(LocalApp::source).orElseGet(SourceFamilies::directInvoke);
    ObjectNode event;
    if (variant.isEmpty()) {
      event = SourceFamilies.of(from).sampleEvent(from, trigger);
    } else {
      List<String> variants = SourceFamilies.of(from).sampleVariants(from, trigger);
      if (!variants.contains(variant.get())) {
        throw new AppException("the " + from + " sample of function " + function.name() + " has "
            + (variants.isEmpty() ? "no variants; leave --variant out" : "no variant \"" + variant.get()
                + "\"; write one of " + String.join(", ", variants)));
      }
      event = SourceFamilies.of(from).sampleEvent(from, trigger, variant.get());
    }
    if (trigger.isPresent() && trigger.get().auth().isProtected()) {
      RouteAuth auth = trigger.get().auth();
      Optional<AuthorizerSpec> authorizer =
          authorizers.stream().filter(x -> x.name().equals(auth.authorizer())).findFirst();
      ObjectNode sample = event;
      SourceFamilies.frontDoor(from).ifPresent(door -> door.sampleAuthorization(sample, auth, authorizer));
    }
    return event;
  }

  /** The trigger a sample is made for; empty means a direct (SDK) invoke. */
  static Optional<TriggerSpec> trigger(FunctionSpec function, Optional<Source> source) {
    if (source.isPresent()) {
      if (!SourceFamilies.of(source.get()).sampledFromTrigger(source.get())) {
        return Optional.empty();
      }
      return Optional.of(function.triggers().stream()
          .filter(t -> LocalApp.source(t) == source.get())
          .findFirst()
          .orElseThrow(() -> new AppException("function " + function.name() + " has no " + source.get()
              + " trigger; its triggers are: " + describe(function))));
    }
    for (Source candidate : SourceFamilies.sources()) {
      if (!SourceFamilies.of(candidate).sampledFromTrigger(candidate)) {
        continue;
      }
      for (TriggerSpec t : function.triggers()) {
        if (LocalApp.source(t) == candidate) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }



  private static String describe(FunctionSpec function) {
    if (function.triggers().isEmpty()) {
      return "none (direct SDK invoke only)";
    }
    return function.triggers().stream()
        .map(t -> SourceFamilies.of(LocalApp.source(t)).describe(t))
        .collect(Collectors.joining(", "));
  }
}
