package io.lambdaforge.descriptor.json;

import io.lambdaforge.descriptor.family.SourceFamilies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the application part of {@code functions.json} to and from a JSON tree. */
final class DescriptorTree {
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private DescriptorTree() {}

  static ObjectNode write(Application app, CostEstimate cost) {
    return write(app, cost, Map.of());
  }

  static ObjectNode write(Application app, CostEstimate cost, Map<String, MeasuredDuration> measured) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", FunctionsDescriptor.SCHEMA_VERSION);
    root.putObject("application")
        .put("runtime", app.runtime())
        .put("codeUri", app.codeUri())
        .put("region", app.region());
    if (!app.authorizers().isEmpty()) {
      ArrayNode authorizers = root.putArray("authorizers");
      app.authorizers().forEach(a -> authorizers.add(authorizer(a)));
    }
    root.set("pricing", CostTree.writePricing(cost));
    ArrayNode functions = root.putArray("functions");
    Map<String, FunctionCost> costs = cost.byName();
    for (FunctionSpec f : app.functions()) {
      FunctionCost fc = Optional.ofNullable(costs.get(f.name())).orElseThrow(() ->
          new IllegalArgumentException("cost estimate lacks function '" + f.name() + "'"));
      ObjectNode node = function(f);
      MeasuredDuration m = measured.get(f.name());
      if (m != null) {
        ((ObjectNode) node.get("traffic")).putObject("durationSource")
            .put("source", m.source())
            .put("label", m.label())
            .put("measuredOn", m.function().measuredOn())
            .put("cpuModel", m.function().cpuModel())
            .put("cpuThrottled", m.function().cpuThrottled())
            .put("interpolated", m.interpolated())
            .put("p50Ms", m.p50Ms());
      }
      node.set("cost", CostTree.writeFunction(fc));
      functions.add(node);
    }
    root.set("totals", CostTree.writeTotals(cost.totals()));
    return root;
  }

  private static ObjectNode function(FunctionSpec f) {
    ObjectNode node = NODES.objectNode()
        .put("name", f.name())
        .put("logicalId", f.logicalId())
        .put("handler", f.handler())
        .put("memoryMb", f.memoryMb())
        .put("timeoutSeconds", f.timeoutSeconds())
        .put("architecture", f.architecture().samName())
        .put("ephemeralStorageMb", f.ephemeralStorageMb())
        .put("description", f.description());
    ObjectNode env = node.putObject("environment");
    f.environment().forEach(env::put);
    ArrayNode triggers = node.putArray("triggers");
    for (TriggerSpec t : f.triggers()) {
      ObjectNode trigger = triggers.addObject()
          .put("source", t.source().name())
          .put("method", t.method())
          .put("path", t.path())
          .put("albPriority", t.albPriority())
          .put("albMultiValueHeaders", t.albMultiValueHeaders());
      if (t.auth().isProtected()) {
        ObjectNode auth = trigger.putObject("auth").put("authorizer", t.auth().authorizer());
        ArrayNode scopes = auth.putArray("scopes");
        t.auth().scopes().forEach(scopes::add);
      }
    }
    node.putObject("traffic")
        .put("invocationsPerMonth", f.traffic().invocationsPerMonth())
        .put("averageDurationMs", f.traffic().averageDurationMs())
        .put("averageRequestBytes", f.traffic().averageRequestBytes())
        .put("averageResponseBytes", f.traffic().averageResponseBytes());
    node.put("monthlyBudgetUsd", f.monthlyBudgetUsd());
    if (f.isProvisioned()) {
      node.put("provisionedConcurrency", f.provisionedConcurrency());
    }
    if (f.functionUrl() != null) {
      node.putObject("functionUrl")
          .put("authType", f.functionUrl().authType())
          .put("behindCloudFront", f.functionUrl().behindCloudFront());
    }
    if (f.snapStart()) {
      node.put("snapStart", true);
    }
    if (!f.errorNames().isEmpty()) {
      f.errorNames().forEach(node.putArray("errorNames")::add);
    }
    if (f.cors() != null) {
      ObjectNode cors = node.putObject("cors");
      f.cors().allowOrigins().forEach(cors.putArray("allowOrigins")::add);
      f.cors().allowMethods().forEach(cors.putArray("allowMethods")::add);
      f.cors().allowHeaders().forEach(cors.putArray("allowHeaders")::add);
      f.cors().exposeHeaders().forEach(cors.putArray("exposeHeaders")::add);
      cors.put("maxAgeSeconds", f.cors().maxAgeSeconds());
      cors.put("allowCredentials", f.cors().allowCredentials());
    }
    return node;
  }

  /** One authorizer; the fields its kind does not use are left out. */
  private static ObjectNode authorizer(AuthorizerSpec a) {
    ObjectNode node = NODES.objectNode()
        .put("name", a.name())
        .put("kind", a.kind().name());
    if (a.issuer() != null) {
      node.put("issuer", a.issuer());
    }
    if (!a.audience().isEmpty()) {
      ArrayNode audience = node.putArray("audience");
      a.audience().forEach(audience::add);
    }
    if (a.userPoolArn() != null) {
      node.put("userPoolArn", a.userPoolArn());
    }
    node.put("identitySource", a.identitySource());
    if (a.kind().isLambda()) {
      node.put("functionName", a.functionName()).put("resultTtlSeconds", a.resultTtlSeconds());
    }
    return node;
  }

  private static AuthorizerSpec readAuthorizer(Fields a) {
    JsonNode node = a.node();
    return new AuthorizerSpec(a.text("name"), AuthorizerKind.valueOf(a.text("kind")),
        node.has("issuer") ? a.text("issuer") : null,
        node.has("audience") ? a.strings("audience") : List.of(),
        node.has("userPoolArn") ? a.text("userPoolArn") : null,
        a.text("identitySource"),
        node.has("functionName") ? a.text("functionName") : null,
        node.has("resultTtlSeconds") ? a.integer("resultTtlSeconds") : 0);
  }

  private static List<String> errorNames(JsonNode names) {
    List<String> list = new ArrayList<>();
    if (names != null) {
      if (!names.isArray()) {
        throw new IllegalArgumentException("errorNames must be an array of strings");
      }
      for (JsonNode name : names) {
        if (!name.isTextual()) {
          throw new IllegalArgumentException("errorNames must be an array of strings, got " + name);
        }
        list.add(name.asText());
      }
    }
    return list;
  }

  static FunctionsDescriptor.Document read(JsonNode root) {
    Fields top = new Fields(root, "");
    int version = top.integer("schemaVersion");
    if (version != FunctionsDescriptor.SCHEMA_VERSION) {
      throw new IllegalArgumentException("functions.json has schemaVersion " + version
          + "; this reader supports " + FunctionsDescriptor.SCHEMA_VERSION);
    }
    Fields settings = top.object("application");
    List<FunctionSpec> functions = new ArrayList<>();
    Map<String, FunctionCost> costs = new HashMap<>();
    List<Fields> items = top.array("functions");
    for (Fields item : items) {
      try {
        FunctionSpec f = readFunction(item);
        functions.add(f);
        costs.put(f.name(), CostTree.readFunction(item.object("cost"), f));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "functions.json: " + item.path() + ": " + e.getMessage(), e);
      }
    }
    List<AuthorizerSpec> authorizers = new ArrayList<>();
    if (root.has("authorizers")) {
      for (Fields item : top.array("authorizers")) {
        try {
          authorizers.add(readAuthorizer(item));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "functions.json: " + item.path() + ": " + e.getMessage(), e);
        }
      }
    }
    Application app;
    try {
      app = new Application(settings.text("runtime"), settings.text("codeUri"),
          settings.text("region"), functions, authorizers);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("functions.json: " + e.getMessage(), e);
    }
    Fields pricing = top.object("pricing");
    List<FunctionCost> ordered = app.functions().stream().map(f -> costs.get(f.name())).toList();
    CostEstimate cost = new CostEstimate(pricing.text("effectiveDate"), pricing.text("region"),
        pricing.text("currency"), pricing.integer("durationRoundingMs"), ordered,
        CostTree.readTotals(top.object("totals")), SourceFamilies.reportNotes(app));
    return new FunctionsDescriptor.Document(app, cost);
  }

  private static CorsSpec readCors(Fields c) {
    return new CorsSpec(c.strings("allowOrigins"), c.strings("allowMethods"),
        c.strings("allowHeaders"), c.strings("exposeHeaders"), c.integer("maxAgeSeconds"),
        c.bool("allowCredentials"));
  }

  private static FunctionSpec readFunction(Fields f) {
    String name = f.text("name");
    Map<String, String> env = new LinkedHashMap<>();
    f.object("environment").node().fields()
        .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    List<TriggerSpec> triggers = new ArrayList<>();
    for (Fields t : f.array("triggers")) {
      RouteAuth auth = t.optionalObject("auth")
          .map(a -> new RouteAuth(a.text("authorizer"), a.strings("scopes")))
          .orElse(RouteAuth.NONE);
      triggers.add(new TriggerSpec(
          TriggerSource.valueOf(t.text("source")), t.text("method"), t.text("path"),
          t.integer("albPriority"), t.bool("albMultiValueHeaders"), auth));
    }
    Fields traffic = f.object("traffic");
    FunctionSpec spec = new FunctionSpec(name, f.text("handler"), f.integer("memoryMb"),
        f.integer("timeoutSeconds"), Architecture.parse(f.text("architecture")),
        f.integer("ephemeralStorageMb"), f.text("description"), env, triggers,
        new TrafficSpec(traffic.longValue("invocationsPerMonth"),
            traffic.longValue("averageDurationMs"), traffic.longValue("averageRequestBytes"),
            traffic.longValue("averageResponseBytes")),
        f.decimal("monthlyBudgetUsd"),
        f.node().has("provisionedConcurrency") ? f.integer("provisionedConcurrency") : 0,
        f.node().has("functionUrl")
            ? new FunctionUrlSpec(f.object("functionUrl").text("authType"),
                f.object("functionUrl").bool("behindCloudFront"))
            : null,
        f.node().has("snapStart") && f.bool("snapStart"),
        errorNames(f.node().get("errorNames")),
        f.node().has("cors") ? readCors(f.object("cors")) : null);
    String logicalId = f.text("logicalId");
    if (!logicalId.equals(spec.logicalId())) {
      throw new IllegalArgumentException("logicalId " + logicalId + " does not match name '"
          + name + "' (expected " + spec.logicalId() + ")");
    }
    return spec;
  }
}
