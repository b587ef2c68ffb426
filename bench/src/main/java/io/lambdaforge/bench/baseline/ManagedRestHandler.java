package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/** Baseline (b) for API Gateway REST: the usual {@code RequestHandler} on aws-lambda-java-events types. */
public final class ManagedRestHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    ManagedBody.Answer answer = ManagedBody.answer(event.getBody(), Boolean.TRUE.equals(event.getIsBase64Encoded()));
    return new APIGatewayProxyResponseEvent()
        .withStatusCode(answer.status())
        .withHeaders(Map.of("Content-Type", "application/json"))
        .withBody(answer.json())
        .withIsBase64Encoded(false);
  }
}
