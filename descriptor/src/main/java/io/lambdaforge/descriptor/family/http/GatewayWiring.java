package io.lambdaforge.descriptor.family.http;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.TrafficShare;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.Locale;

/**
 * API Gateway routes in the SAM template: an {@code Api} (REST) or {@code HttpApi} event per route
 * on the function, and the base URL of each API SAM creates as an output
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html).
 */
final class GatewayWiring {
  private GatewayWiring() {}

  static void events(FunctionSpec f, ObjectNode events) {
    int rest = 0;
    int http = 0;
    for (TriggerSpec t : f.triggers()) {
      if (t.source() == TriggerSource.API_GATEWAY_REST) {
        events.set("RestApi" + ++rest, event("Api", t));
      } else if (t.source() == TriggerSource.API_GATEWAY_HTTP) {
        events.set("HttpApi" + ++http, event("HttpApi", t));
      }
    }
  }

  private static ObjectNode event(String type, TriggerSpec t) {
    ObjectNode event = NODES.objectNode().put("Type", type);
    ObjectNode properties = event.putObject("Properties")
        .put("Path", t.path())
        .put("Method", t.method().toLowerCase(Locale.ROOT));
    ObjectNode auth = AuthWiring.routeAuth(t);
    if (auth != null) {
      properties.set("Auth", auth);
    }
    return event;
  }

  static void outputs(Application app, ObjectNode outputs) {
    if (any(app, TriggerSource.API_GATEWAY_REST)) {
      outputs.set("RestApiUrl", NODES.objectNode()
          .put("Description", "Base URL of the REST API (stage Prod)")
          .set("Value", Cfn.sub("https://${ServerlessRestApi}.execute-api.${AWS::Region}"
              + ".${AWS::URLSuffix}/Prod")));
    }
    if (any(app, TriggerSource.API_GATEWAY_HTTP)) {
      outputs.set("HttpApiUrl", NODES.objectNode()
          .put("Description", "Base URL of the HTTP API")
          .set("Value", Cfn.sub("https://${ServerlessHttpApi}.execute-api.${AWS::Region}"
              + ".${AWS::URLSuffix}")));
    }
  }

  static boolean any(Application app, TriggerSource source) {
    return app.functions().stream().anyMatch(f -> TrafficShare.has(f, source));
  }
}
