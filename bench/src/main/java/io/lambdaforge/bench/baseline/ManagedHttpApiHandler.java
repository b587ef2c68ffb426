package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** Baseline (b) for HTTP APIs: the usual {@code RequestHandler} on aws-lambda-java-events types. */
public final class ManagedHttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    ManagedBody.Answer answer = ManagedBody.answer(event.getBody(), event.getIsBase64Encoded());
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(answer.status())
        .withHeaders(Map.of("Content-Type", "application/json"))
        .withBody(answer.json())
        .withIsBase64Encoded(false)
        .build();
  }
}
