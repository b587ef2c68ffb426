package io.lambdaforge.descriptor.family.http;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Authorization in the SAM template. The implicit APIs get their authorizers through {@code
 * Globals}: {@code Globals.Api.Auth.Authorizers} (REST: Cognito with {@code UserPoolArn}, Lambda
 * {@code TOKEN} / {@code REQUEST} with {@code FunctionArn} of the generated authorizer function and
 * {@code ReauthorizeEvery}) and {@code Globals.HttpApi.Auth} (JWT with {@code JwtConfiguration} and
 * {@code IdentitySource}, Lambda with payload format 2.0 and simple responses, {@code
 * EnableIamAuthorizer} when a route uses IAM); each protected route's event gets {@code Auth:
 * {Authorizer, AuthorizationScopes}}
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-apiauth.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapiauth.html,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-apifunctionauth.html).
 * Only authorizers some route of that API uses are declared on it. Function URLs keep their
 * {@code AuthType} ({@link UrlWiring}).
 */
final class AuthWiring {
  private AuthWiring() {}

  /** The {@code Auth} of one route's event, or null when the route is not protected. */
  static ObjectNode routeAuth(TriggerSpec t) {
    RouteAuth auth = t.auth();
    if (!auth.isProtected()) {
      return null;
    }
    ObjectNode node = NODES.objectNode().put("Authorizer", auth.authorizer());
    if (!auth.scopes().isEmpty()) {
      ArrayNode scopes = node.putArray("AuthorizationScopes");
      auth.scopes().forEach(scopes::add);
    }
    return node;
  }

  /** Adds {@code Globals} (before {@code Resources}) when some route is protected. */
  static void define(ObjectNode template, Application app) {
    ObjectNode globals = NODES.objectNode();
    ObjectNode rest = auth(app, TriggerSource.API_GATEWAY_REST);
    if (rest != null) {
      globals.putObject("Api").set("Auth", rest);
    }
    ObjectNode http = auth(app, TriggerSource.API_GATEWAY_HTTP);
    if (http != null) {
      globals.putObject("HttpApi").set("Auth", http);
    }
    if (globals.isEmpty()) {
      return;
    }
    Map<String, com.fasterxml.jackson.databind.JsonNode> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it =
        template.fields(); it.hasNext(); ) {
      Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
      fields.put(e.getKey(), e.getValue());
    }
    template.removeAll();
    fields.forEach((name, value) -> {
      if (name.equals("Resources")) {
        template.set("Globals", globals);
      }
      template.set(name, value);
    });
  }

  /** The {@code Auth} of the implicit API of {@code source}; null when no route of it is protected. */
  private static ObjectNode auth(Application app, TriggerSource source) {
    TreeSet<String> used = new TreeSet<>();
    boolean iam = false;
    for (FunctionSpec f : app.functions()) {
      for (TriggerSpec t : f.triggers()) {
        if (t.source() == source && t.auth().isProtected()) {
          if (t.auth().isIam()) {
            iam = true;
          } else {
            used.add(t.auth().authorizer());
          }
        }
      }
    }
    if (used.isEmpty() && !(iam && source == TriggerSource.API_GATEWAY_HTTP)) {
      return null;
    }
    ObjectNode auth = NODES.objectNode();
    if (!used.isEmpty()) {
      ObjectNode authorizers = auth.putObject("Authorizers");
      for (String name : used) {
        AuthorizerSpec a = app.authorizer(name).orElseThrow();
        authorizers.set(name, source == TriggerSource.API_GATEWAY_REST ? rest(app, a) : http(app, a));
      }
    }
    if (iam && source == TriggerSource.API_GATEWAY_HTTP) {
      auth.put("EnableIamAuthorizer", true);
    }
    return auth;
  }

  /** A REST authorizer: Cognito, or Lambda TOKEN / REQUEST. */
  private static ObjectNode rest(Application app, AuthorizerSpec a) {
    ObjectNode node = NODES.objectNode();
    if (a.kind() == AuthorizerKind.COGNITO) {
      node.put("UserPoolArn", a.userPoolArn());
      node.putObject("Identity").put("Header", a.identitySource());
      return node;
    }
    node.put("FunctionPayloadType", a.kind() == AuthorizerKind.LAMBDA_TOKEN ? "TOKEN" : "REQUEST");
    node.set("FunctionArn", functionArn(app, a));
    ObjectNode identity = node.putObject("Identity");
    if (a.kind() == AuthorizerKind.LAMBDA_TOKEN) {
      identity.put("Header", a.identitySources().get(0).substring("$request.header.".length()));
    } else {
      identities(a, identity);
    }
    identity.put("ReauthorizeEvery", a.resultTtlSeconds());
    return node;
  }

  /** An HTTP API authorizer: JWT, or Lambda with payload format 2.0 and simple responses. */
  private static ObjectNode http(Application app, AuthorizerSpec a) {
    ObjectNode node = NODES.objectNode();
    if (a.kind() == AuthorizerKind.JWT) {
      node.put("IdentitySource", a.identitySource());
      ObjectNode jwt = node.putObject("JwtConfiguration").put("issuer", a.issuer());
      ArrayNode audience = jwt.putArray("audience");
      a.audience().forEach(audience::add);
      return node;
    }
    node.put("AuthorizerPayloadFormatVersion", "2.0");
    node.put("EnableSimpleResponses", true);
    node.put("EnableFunctionDefaultPermissions", true);
    node.set("FunctionArn", functionArn(app, a));
    ObjectNode identity = node.putObject("Identity");
    identities(a, identity);
    identity.put("ReauthorizeEvery", a.resultTtlSeconds());
    return node;
  }

  /** {@code Headers}, {@code QueryStrings}, {@code StageVariables}, {@code Context} lists. */
  private static void identities(AuthorizerSpec a, ObjectNode identity) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String source : a.identitySources()) {
      String[] kinds = {"$request.header.", "Headers", "$request.querystring.", "QueryStrings",
          "$stageVariables.", "StageVariables", "$context.", "Context"};
      for (int i = 0; i < kinds.length; i += 2) {
        if (source.startsWith(kinds[i])) {
          lists.computeIfAbsent(kinds[i + 1], k -> new ArrayList<>())
              .add(source.substring(kinds[i].length()));
        }
      }
    }
    lists.forEach((name, values) -> {
      ArrayNode array = identity.putArray(name);
      values.forEach(array::add);
    });
  }

  private static ObjectNode functionArn(Application app, AuthorizerSpec a) {
    FunctionSpec function = app.functions().stream()
        .filter(f -> f.name().equals(a.functionName())).findFirst().orElseThrow();
    return Cfn.getAtt(function.logicalId(), "Arn");
  }
}
