package io.lambdaforge.local.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.local.gateway.GatewayResponse;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a route's authorization decided: the gateway's refusal, or a pass with what the authorizer
 * established, which {@link #grant} puts into the event in its source's place.
 */
public record AuthResult(Optional<GatewayResponse> refusal, Consumer<ObjectNode> grant) {
  private static final AuthResult OPEN = new AuthResult(Optional.empty(), event -> {});

  /** A route without authorization, or one whose authorizer adds nothing to the event. */
  public static AuthResult open() {
    return OPEN;
  }

  /** The gateway refuses the request with {@code response}; the function does not run. */
  public static AuthResult refuse(GatewayResponse response) {
    return new AuthResult(Optional.of(response), event -> {});
  }

  /** The request passes; {@code grant} writes the authorizer's output into the event. */
  public static AuthResult pass(Consumer<ObjectNode> grant) {
    return new AuthResult(Optional.empty(), grant);
  }
}
