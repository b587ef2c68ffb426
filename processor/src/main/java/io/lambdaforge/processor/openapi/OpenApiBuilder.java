package io.lambdaforge.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.family.DocumentedApi;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.RouteTemplate;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.model.TypeShape;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The OpenAPI 3.1 document of one API (the REST API or the HTTP API): one path item per route
 * template, one operation per trigger with the function name as {@code operationId} (plus the
 * method for {@code ANY} routes, which are documented under every method), parameters, request
 * body and responses from the method's signature, summary and description from its Javadoc, and
 * the error responses the generated adapter sends:
 *
 * <ul>
 *   <li>400 {@code {"message":"Bad Request","errors":[{"parameter","in","value","reason"}]}} when
 *       a parameter or body is bound;
 *   <li>404 {@code {"message":"Not Found"}} for {@code Optional} and {@code HttpResponse} results;
 *   <li>413 when a body is read (the gateway's own answer above its payload limit);
 *   <li>500 {@code {"message":"Internal Server Error"}} always;
 *   <li>{@code default}: an {@code HttpException} the function threw, its status with {@code
 *       {"message": its message}}.
 * </ul>
 *
 * <p>405 ({@code {"message":"Method Not Allowed"}} with {@code Allow}) is defined in the components
 * but not attached to operations: the gateways only route a trigger's own method to the function.
 * No security scheme is declared: functions declare no authorizer or IAM authorization yet.
 *
 * <p>Each operation carries {@code x-lambdaforge-function}, the function name, so tools (the REST
 * {@code DefinitionBody}, the dev server) can find the function serving it.
 */
public final class OpenApiBuilder {
  /** The operation extension naming the function. */
  public static final String FUNCTION_EXTENSION = "x-lambdaforge-function";
  /** Marks operations whose route ends in a greedy {@code {name+}} parameter. */
  public static final String GREEDY_EXTENSION = "x-lambdaforge-greedy";
  static final String BAD_REQUEST = "LambdaforgeBadRequest";
  static final String ERROR = "LambdaforgeError";
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<String> ANY_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  private final Elements elements;
  private final Types types;

  public OpenApiBuilder(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The document of {@code source}'s API over {@code functions} (sorted by function name), or
   * null when no function has a trigger of that source.
   */
  public ObjectNode build(Source source, List<Entry> functions) {
    SchemaBuilder schemas = new SchemaBuilder(elements, types);
    Map<String, ObjectNode> paths = new TreeMap<>();
    Set<String> operationIds = new HashSet<>();
    boolean any = false;
    for (Entry entry : functions) {
      for (TriggerModel trigger : entry.model().triggers()) {
        if (trigger.source() != source) {
          continue;
        }
        any = true;
        ObjectNode item = paths.computeIfAbsent(path(trigger.route()), p -> NODES.objectNode());
        List<String> methods = trigger.method().equals("ANY")
            ? ANY_METHODS : List.of(trigger.method().toLowerCase(Locale.ROOT));
        for (String method : methods) {
          String id = entry.model().functionName()
              + (methods.size() > 1 ? method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1) : "");
          String unique = id;
          for (int i = 2; !operationIds.add(unique); i++) {
            unique = id + i;
          }
          ObjectNode operation = operation(entry, unique, schemas);
          if (trigger.route().segments().stream()
              .anyMatch(s -> s.kind() == RouteTemplate.Segment.Kind.GREEDY)) {
            operation.put(GREEDY_EXTENSION, true);
          }
          item.set(method, operation);
        }
      }
    }
    if (!any) {
      return null;
    }
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", title(source));
    info.put("version", "1.0.0");
    info.put("description", "Generated by Lambdaforge from the @Function methods; do not edit.");
    ObjectNode pathsNode = doc.putObject("paths");
    paths.forEach((path, item) -> {
      ObjectNode sorted = pathsNode.putObject(path);
      for (String method : ANY_METHODS) {
        if (item.has(method)) {
          sorted.set(method, item.get(method));
        }
      }
    });
    ObjectNode components = doc.putObject("components");
    ObjectNode schemaNodes = components.putObject("schemas");
    Map<String, ObjectNode> all = new TreeMap<>(schemas.components());
    all.put(BAD_REQUEST, badRequestSchema());
    all.put(ERROR, errorSchema());
    all.forEach(schemaNodes::set);
    components.set("responses", errorResponses());
    return doc;
  }

  /** Every API's document over {@code functions}, by API name ({@code rest}, {@code http}). */
  public Map<String, ObjectNode> documents(List<Entry> functions) {
    Map<String, ObjectNode> documents = new TreeMap<>();
    apis().forEach((source, api) -> {
      ObjectNode document = build(source, functions);
      if (document != null) {
        documents.put(api, document);
      }
    });
    return documents;
  }

  /** The title of {@code source}'s document. */
  static String title(Source source) {
    return SourceFamilies.documentedApis().stream()
        .filter(api -> api.source() == source)
        .map(DocumentedApi::title)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(source + " has no OpenAPI document"));
  }

  /** The OpenAPI path of a route: {@code {name}} for one segment and for a greedy {@code {name+}}. */
  static String path(RouteTemplate route) {
    if (route.segments().isEmpty()) {
      return "/";
    }
    StringBuilder out = new StringBuilder();
    for (RouteTemplate.Segment segment : route.segments()) {
      out.append('/');
      out.append(segment.kind() == RouteTemplate.Segment.Kind.LITERAL ? segment.value() : "{" + segment.value() + "}");
    }
    return out.toString();
  }

  private ObjectNode operation(Entry entry, String operationId, SchemaBuilder schemas) {
    FunctionModel model = entry.model();
    ExecutableElement method = entry.site().method();
    ObjectNode op = NODES.objectNode();
    op.put("operationId", operationId);
    Javadoc doc = Javadoc.of(elements.getDocComment(method));
    String summary = doc.summary().isEmpty() ? model.description() : doc.summary();
    if (!summary.isEmpty()) {
      op.put("summary", summary);
    }
    if (!doc.description().isEmpty()) {
      op.put("description", doc.description());
    }
    op.putArray("tags").add(model.enclosingType().simpleName());
    ArrayNode parameters = op.putArray("parameters");
    boolean bound = false;
    boolean hasBody = false;
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      TypeMirror type = method.getParameters().get(i).asType();
      switch (parameter.binding()) {
        case PATH, QUERY, HEADER, COOKIE -> {
          parameters.add(parameter(parameter, type, schemas));
          bound = true;
        }
        case BODY, PAYLOAD -> {
          op.remove("requestBody");
          op.set("requestBody", requestBody(parameter, type, schemas));
          bound = true;
          hasBody = true;
        }
        default -> {
          // Context and HttpRequest are not part of the request's shape
        }
      }
    }
    if (parameters.isEmpty()) {
      op.remove("parameters");
    }
    op.set("responses", responses(model.returnType(), method.getReturnType(), bound, hasBody, schemas));
    op.put(FUNCTION_EXTENSION, model.functionName());
    return op;
  }

  private ObjectNode parameter(ParameterModel parameter, TypeMirror type, SchemaBuilder schemas) {
    ObjectNode node = NODES.objectNode();
    node.put("name", parameter.boundName());
    node.put("in", parameter.binding().name().toLowerCase(Locale.ROOT));
    TypeShape shape = parameter.shape();
    boolean optional = shape.kind() == TypeShape.Kind.OPTIONAL || shape.kind() == TypeShape.Kind.LIST;
    node.put("required", parameter.binding() == io.lambdaforge.processor.model.Binding.PATH || !optional);
    TypeMirror valueType = shape.kind() == TypeShape.Kind.OPTIONAL ? firstArgument(type) : type;
    node.set("schema", valueType == null ? SchemaBuilder.type("string") : schemas.parameterSchema(valueType));
    return node;
  }

  private ObjectNode requestBody(ParameterModel parameter, TypeMirror type, SchemaBuilder schemas) {
    ObjectNode body = NODES.objectNode();
    TypeShape shape = parameter.shape();
    boolean optional = shape.kind() == TypeShape.Kind.OPTIONAL;
    TypeShape.Kind kind = optional ? shape.of().kind() : shape.kind();
    // Raw bodies (text, bytes, stream) may be empty; a JSON body is required unless Optional.
    boolean raw = kind == TypeShape.Kind.STRING || kind == TypeShape.Kind.BYTES
        || kind == TypeShape.Kind.INPUT_STREAM;
    body.put("required", !optional && !raw);
    TypeMirror valueType = optional ? firstArgument(type) : type;
    ObjectNode content = body.putObject("content");
    switch (kind) {
      case STRING -> content.putObject("text/plain").set("schema", SchemaBuilder.type("string"));
      case BYTES, INPUT_STREAM -> content.putObject("application/octet-stream");
      default -> content.putObject("application/json")
          .set("schema", valueType == null ? NODES.objectNode() : schemas.schema(valueType));
    }
    return body;
  }

  private ObjectNode responses(ReturnModel ret, TypeMirror type, boolean bound, boolean hasBody,
      SchemaBuilder schemas) {
    ObjectNode responses = NODES.objectNode();
    switch (ret.kind()) {
      case VOID -> responses.putObject("204").put("description", "No Content");
      case OPTIONAL -> {
        responses.set("200", content("OK", ret.of(), firstArgument(type), schemas));
        responses.set("404", ref("NotFound"));
      }
      case HTTP_RESPONSE -> {
        ObjectNode success = content("The function's response (status as the function sets it)",
            ret.of(), firstArgument(type), schemas);
        responses.set("2XX", success);
        // The function may answer 404 and 400 itself, with its own body.
        JsonNode own = success.path("content").path("application/json").path("schema");
        responses.set("404", either("Not Found (from the adapter or the function)", ERROR, own));
        if (bound) {
          responses.set("400", either("Bad Request (from the adapter or the function)", BAD_REQUEST, own));
        }
      }
      default -> responses.set("200", content("OK", ret, type, schemas));
    }
    if (bound && !responses.has("400")) {
      responses.set("400", ref("BadRequest"));
    }
    if (hasBody) {
      responses.set("413", ref("ContentTooLarge"));
    }
    responses.set("500", ref("InternalServerError"));
    responses.set("default", ref("HttpException"));
    return responses;
  }

  private ObjectNode content(String description, ReturnModel ret, TypeMirror type, SchemaBuilder schemas) {
    ObjectNode response = NODES.objectNode().put("description", description);
    switch (ret.kind()) {
      case VOID -> {
        return response;
      }
      case STRING -> response.putObject("content").putObject("text/plain")
          .set("schema", SchemaBuilder.type("string"));
      case BYTES -> response.putObject("content").putObject("application/octet-stream");
      default -> {
        boolean any = type == null || type.toString().equals("java.lang.Object");
        ObjectNode media = response.putObject("content").putObject("application/json");
        if (!any) {
          media.set("schema", schemas.schema(type));
        }
      }
    }
    return response;
  }

  /** The first type argument of a declared type (an extends-bound for a wildcard), or null. */
  private static TypeMirror firstArgument(TypeMirror type) {
    if (!(type instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
      return null;
    }
    TypeMirror arg = declared.getTypeArguments().get(0);
    if (arg instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound();
    }
    return arg;
  }

  /**
   * An error response whose body is the adapter's {@code error} schema or, when the function sends
   * it, the function's own body ({@code own}; missing when the function's body is any JSON).
   */
  private static ObjectNode either(String description, String error, JsonNode own) {
    ObjectNode response = NODES.objectNode().put("description", description);
    ObjectNode media = response.putObject("content").putObject("application/json");
    if (own.isObject()) {
      ArrayNode anyOf = media.putObject("schema").putArray("anyOf");
      anyOf.addObject().put("$ref", SchemaBuilder.REF_PREFIX + error);
      anyOf.add(own.deepCopy());
    }
    return response;
  }

  private static ObjectNode ref(String response) {
    return NODES.objectNode().put("$ref", "#/components/responses/" + response);
  }

  private static ObjectNode badRequestSchema() {
    ObjectNode schema = SchemaBuilder.type("object");
    schema.put("description", "A 400: from the adapter, every parameter or body problem with where it was"
        + " found (errors); from an HttpException the function threw, its message only.");
    schema.putArray("required").add("message");
    ObjectNode properties = schema.putObject("properties");
    properties.set("message", SchemaBuilder.type("string"));
    ObjectNode problem = SchemaBuilder.type("object");
    problem.putArray("required").add("parameter").add("in").add("value").add("reason");
    ObjectNode fields = problem.putObject("properties");
    fields.set("parameter", SchemaBuilder.type("string"));
    ObjectNode in = SchemaBuilder.type("string");
    in.putArray("enum").add("path").add("query").add("header").add("cookie").add("body");
    fields.set("in", in);
    fields.set("value", SchemaBuilder.nullable(SchemaBuilder.type("string")));
    fields.set("reason", SchemaBuilder.type("string"));
    properties.set("errors", SchemaBuilder.array(problem));
    return schema;
  }

  private static ObjectNode errorSchema() {
    ObjectNode schema = SchemaBuilder.type("object");
    schema.put("description", "An error answered by the adapter or the gateway: {\"message\": text}.");
    schema.putArray("required").add("message");
    schema.putObject("properties").set("message", SchemaBuilder.type("string"));
    return schema;
  }

  private static ObjectNode errorResponses() {
    ObjectNode responses = NODES.objectNode();
    responses.set("BadRequest", errorResponse("Bad Request: a parameter or the body is missing or invalid",
        BAD_REQUEST));
    responses.set("NotFound", errorResponse("Not Found", ERROR));
    responses.set("MethodNotAllowed", errorResponse("Method Not Allowed (with an Allow header)", ERROR));
    responses.set("ContentTooLarge", errorResponse("Content Too Large: the request is above the payload limit",
        ERROR));
    responses.set("InternalServerError", errorResponse("Internal Server Error", ERROR));
    responses.set("HttpException", errorResponse("An HttpException the function threw: its status, with"
        + " {\"message\": its message}", ERROR));
    return responses;
  }

  private static ObjectNode errorResponse(String description, String schema) {
    ObjectNode response = NODES.objectNode().put("description", description);
    response.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", SchemaBuilder.REF_PREFIX + schema);
    return response;
  }

  /**
   * The APIs that have documents, with their file names ({@code rest} and {@code http}), as their
   * source families declare them.
   */
  public static Map<Source, String> apis() {
    Map<Source, String> apis = new TreeMap<>();
    SourceFamilies.documentedApis().forEach(api -> apis.put(api.source(), api.name()));
    return apis;
  }
}
