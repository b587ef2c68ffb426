package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.Map;

/** Baseline (b) for ALB: the usual {@code RequestHandler} on aws-lambda-java-events types. */
public final class ManagedAlbHandler
    implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {
  @Override
  public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
    ManagedBody.Answer answer = ManagedBody.answer(event.getBody(), event.getIsBase64Encoded());
    ApplicationLoadBalancerResponseEvent response = new ApplicationLoadBalancerResponseEvent();
    response.setStatusCode(answer.status());
    response.setStatusDescription(answer.status() == 200 ? "200 OK" : "400 Bad Request");
    response.setHeaders(Map.of("Content-Type", "application/json"));
    response.setBody(answer.json());
    response.setIsBase64Encoded(false);
    return response;
  }
}
