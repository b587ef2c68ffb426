package io.lambdaforge.processor.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * JSON Schema 2020-12 (OpenAPI 3.1) for Java types, as the runtime's Jackson mapper reads and
 * writes them: {@code Jdk8Module} ({@code Optional} is its value or {@code null}), Java time as
 * ISO-8601 text ({@code WRITE_DATES_AS_TIMESTAMPS} off), unknown properties ignored on input,
 * default inclusion ALWAYS (so a reference-typed property may be {@code null} unless
 * {@code @JsonInclude} says otherwise). Records contribute their components, other classes their
 * public getters and public fields; {@code @JsonProperty} renames, {@code @JsonIgnore} and
 * {@code @JsonIgnoreProperties} drop properties.
 *
 * <p>Named types (records, classes, enums) become components referenced with {@code $ref};
 * component names are alphanumeric (API Gateway's model names must be) and made unique in the
 * order types are met. Properties are never required: the mapper does not require them either.
 */
final class SchemaBuilder {
  static final String REF_PREFIX = "#/components/schemas/";
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String JSON_IGNORE_PROPERTIES =
      "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
  private static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
  private static final Set<String> DATE_TIME =
      Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime");

  private final Elements elements;
  private final Types types;
  /** Component name by type (its canonical text), in the order met. */
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, ObjectNode> components = new TreeMap<>();

  SchemaBuilder(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    names.put(" reserved bad request", OpenApiBuilder.BAD_REQUEST);
    names.put(" reserved error", OpenApiBuilder.ERROR);
  }

  /** The components built so far, sorted by name. */
  Map<String, ObjectNode> components() {
    return components;
  }

  /** The schema of a value of {@code type} (a {@code $ref} for named types). */
  ObjectNode schema(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return type("boolean");
      case BYTE:
      case SHORT:
      case INT:
        return type("integer").put("format", "int32");
      case LONG:
        return type("integer").put("format", "int64");
      case FLOAT:
        return type("number").put("format", "float");
      case DOUBLE:
        return type("number").put("format", "double");
      case CHAR:
        return type("string").put("minLength", 1).put("maxLength", 1);
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return type("string").put("contentEncoding", "base64");
        }
        return array(schema(component));
      case DECLARED:
        return declared((DeclaredType) type);
      case WILDCARD:
        TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
        return bound == null ? NODES.objectNode() : schema(bound);
      default:
        // type variables, wildcards, intersections: anything JSON
        return NODES.objectNode();
    }
  }

  /**
   * The schema of a path, query, header or cookie value of {@code type}: as {@link #schema} but a
   * {@code Duration} is ISO-8601 text, which is what the binders parse.
   */
  ObjectNode parameterSchema(TypeMirror type) {
    if (type.toString().equals("java.time.Duration")) {
      return type("string").put("format", "duration");
    }
    return schema(type);
  }

  /** {@code schema} that also accepts JSON {@code null}. */
  static ObjectNode nullable(ObjectNode schema) {
    if (schema.isEmpty() || acceptsNull(schema)) {
      return schema;
    }
    if (schema.has("type") && schema.get("type").isArray()) {
      ObjectNode copy = schema.deepCopy();
      ((com.fasterxml.jackson.databind.node.ArrayNode) copy.get("type")).add("null");
      return copy;
    }
    if (schema.has("type") && schema.get("type").isTextual() && !schema.has("enum")) {
      ObjectNode copy = schema.deepCopy();
      copy.putArray("type").add(schema.get("type").asText()).add("null");
      return copy;
    }
    ObjectNode any = NODES.objectNode();
    any.putArray("anyOf").add(schema).add(type("null"));
    return any;
  }

  private static boolean acceptsNull(ObjectNode schema) {
    if (schema.get("type") != null && schema.get("type").isArray()) {
      for (var type : schema.get("type")) {
        if (type.asText().equals("null")) {
          return true;
        }
      }
    }
    if (schema.get("anyOf") != null) {
      for (var option : schema.get("anyOf")) {
        if (option.path("type").asText().equals("null")) {
          return true;
        }
      }
    }
    return false;
  }

  private ObjectNode declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.lang.String":
      case "java.lang.CharSequence":
        return type("string");
      case "java.lang.Boolean":
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
      case "java.lang.Float":
      case "java.lang.Double":
      case "java.lang.Character":
        return schema(types.unboxedType(type));
      case "java.math.BigDecimal":
        return type("number");
      case "java.math.BigInteger":
        return type("integer");
      case "java.util.UUID":
        return type("string").put("format", "uuid");
      case "java.time.LocalDate":
        return type("string").put("format", "date");
      case "java.time.Duration": {
        // Jackson writes a Duration as seconds (WRITE_DURATIONS_AS_TIMESTAMPS is on by default) and
        // reads seconds or ISO-8601 text.
        ObjectNode duration = NODES.objectNode();
        duration.putArray("type").add("number").add("string");
        return duration.put("format", "duration")
            .put("description", "seconds, or ISO-8601 text such as PT1M30S");
      }
      case "java.time.LocalDateTime":
      case "java.time.LocalTime":
      case "java.time.YearMonth":
      case "java.time.Year":
      case "java.time.MonthDay":
      case "java.time.ZoneId":
      case "java.time.ZoneOffset":
      case "java.util.Locale":
      case "java.util.Currency":
      case "java.net.URI":
      case "java.net.URL":
        return type("string");
      case "java.util.Optional":
        return args.isEmpty() ? NODES.objectNode() : nullable(schema(args.get(0)));
      case "java.util.OptionalInt":
        return nullable(type("integer").put("format", "int32"));
      case "java.util.OptionalLong":
        return nullable(type("integer").put("format", "int64"));
      case "java.util.OptionalDouble":
        return nullable(type("number").put("format", "double"));
      case "java.lang.Object":
      case "com.fasterxml.jackson.databind.JsonNode":
        return NODES.objectNode();
      default:
        break;
    }
    if (DATE_TIME.contains(name)) {
      return type("string").put("format", "date-time");
    }
    if (isSubtype(type, "java.util.Map")) {
      ObjectNode map = type("object");
      TypeMirror value = typeArgument(type, "java.util.Map", 1);
      map.set("additionalProperties", value == null ? NODES.objectNode() : schema(value));
      return map;
    }
    if (isSubtype(type, "java.lang.Iterable")) {
      TypeMirror item = typeArgument(type, "java.lang.Iterable", 0);
      ObjectNode array = array(item == null ? NODES.objectNode() : schema(item));
      if (isSubtype(type, "java.util.Set")) {
        array.put("uniqueItems", true);
      }
      return array;
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return NODES.objectNode();
    }
    return ref(type, element);
  }

  private ObjectNode ref(DeclaredType type, TypeElement element) {
    String key = type.toString();
    String component = names.get(key);
    if (component == null) {
      component = uniqueName(element, type);
      names.put(key, component);
      ObjectNode placeholder = NODES.objectNode();
      components.put(component, placeholder);
      placeholder.setAll(element.getKind() == ElementKind.ENUM ? enumSchema(element) : object(type, element));
    }
    return NODES.objectNode().put("$ref", REF_PREFIX + component);
  }

  private String uniqueName(TypeElement element, DeclaredType type) {
    StringBuilder base = new StringBuilder(alphanumeric(element.getSimpleName().toString()));
    for (TypeMirror arg : type.getTypeArguments()) {
      base.append(arg.getKind() == TypeKind.DECLARED
          ? alphanumeric(((DeclaredType) arg).asElement().getSimpleName().toString())
          : "Object");
    }
    String candidate = base.toString();
    for (int i = 2; names.containsValue(candidate); i++) {
      candidate = base + String.valueOf(i);
    }
    return candidate;
  }

  private static String alphanumeric(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "");
  }

  private ObjectNode enumSchema(TypeElement element) {
    ObjectNode schema = type("string");
    var values = schema.putArray("enum");
    for (VariableElement constant : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT && !ignored(constant)) {
        values.add(renamed(constant, constant.getSimpleName().toString()));
      }
    }
    return schema;
  }

  private ObjectNode object(DeclaredType type, TypeElement element) {
    ObjectNode schema = type("object");
    doc(element).ifPresent(text -> schema.put("description", text));
    Set<String> ignoredNames = ignoredProperties(element);
    boolean classSkipsNull = skipsNull(element);
    ObjectNode properties = NODES.objectNode();
    for (Property property : properties(type, element)) {
      String name = renamed(property.elements(), property.name());
      if (property.isIgnored() || ignoredNames.contains(name) || properties.has(name)) {
        continue;
      }
      ObjectNode value = schema(property.type());
      boolean skipsNull = classSkipsNull || property.elements().stream().anyMatch(SchemaBuilder::skipsNull);
      boolean primitive = property.type().getKind().isPrimitive();
      properties.set(name, primitive || skipsNull ? value : nullable(value));
    }
    schema.set("properties", properties);
    return schema;
  }

  /** A property and the elements that may carry its annotations. */
  private record Property(String name, TypeMirror type, List<Element> elements) {
    boolean isIgnored() {
      return elements.stream().anyMatch(SchemaBuilder::ignored);
    }
  }

  private List<Property> properties(DeclaredType type, TypeElement element) {
    List<Property> list = new ArrayList<>();
    Map<String, ExecutableElement> methods = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
          && !method.getEnclosingElement().toString().equals("java.lang.Object")
          && !method.getEnclosingElement().toString().equals("java.lang.Record")
          && !method.getEnclosingElement().toString().equals("java.lang.Enum")) {
        methods.put(method.getSimpleName().toString(), method);
      }
    }
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        List<Element> carriers = new ArrayList<>();
        carriers.add(component);
        ExecutableElement accessor = component.getAccessor();
        if (accessor != null) {
          carriers.add(accessor);
        }
        for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
          if (field.getSimpleName().contentEquals(name)) {
            carriers.add(field);
          }
        }
        list.add(new Property(name, memberType(type, accessor, component.asType()), carriers));
        methods.remove(name);
      }
    }
    for (ExecutableElement method : methods.values()) {
      String getter = beanName(method);
      if (getter != null) {
        list.add(new Property(getter, memberType(type, method, method.getReturnType()), List.of(method)));
      }
    }
    if (element.getKind() != ElementKind.RECORD) {
      for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(element))) {
        Set<Modifier> modifiers = field.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.STATIC)
            && !modifiers.contains(Modifier.TRANSIENT)) {
          list.add(new Property(field.getSimpleName().toString(),
              types.asMemberOf(type, field), List.of(field)));
        }
      }
    }
    return list;
  }

  private TypeMirror memberType(DeclaredType owner, ExecutableElement method, TypeMirror fallback) {
    if (method == null) {
      return fallback;
    }
    try {
      return ((javax.lang.model.type.ExecutableType) types.asMemberOf(owner, method)).getReturnType();
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  private static String beanName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    boolean isBoolean = method.getReturnType().getKind() == TypeKind.BOOLEAN;
    String rest;
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      rest = name.substring(3);
    } else if (isBoolean && name.startsWith("is") && name.length() > 2) {
      rest = name.substring(2);
    } else {
      return null;
    }
    // Jackson's default (not USE_STD_BEAN_NAMING): lower-case the leading upper-case run.
    StringBuilder out = new StringBuilder(rest);
    for (int i = 0; i < out.length() && Character.isUpperCase(out.charAt(i)); i++) {
      out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
    }
    return out.toString();
  }

  private static String renamed(List<Element> carriers, String name) {
    for (Element carrier : carriers) {
      String renamed = renamed(carrier, null);
      if (renamed != null) {
        return renamed;
      }
    }
    return name;
  }

  private static String renamed(Element element, String fallback) {
    Object value = Annotations.value(element, JSON_PROPERTY, "value");
    return value instanceof String text && !text.isEmpty() ? text : fallback;
  }

  private static boolean ignored(Element element) {
    if (!Annotations.has(element, JSON_IGNORE)) {
      return false;
    }
    Object value = Annotations.value(element, JSON_IGNORE, "value");
    return !(value instanceof Boolean b) || b;
  }

  private static Set<String> ignoredProperties(TypeElement element) {
    return Set.copyOf(Annotations.strings(element, JSON_IGNORE_PROPERTIES, "value"));
  }

  private static boolean skipsNull(Element element) {
    Object value = Annotations.value(element, JSON_INCLUDE, "value");
    if (value == null) {
      return false;
    }
    String include = value.toString();
    return include.endsWith("NON_NULL") || include.endsWith("NON_ABSENT") || include.endsWith("NON_EMPTY")
        || include.endsWith("NON_DEFAULT");
  }

  private java.util.Optional<String> doc(Element element) {
    return Javadoc.of(elements.getDocComment(element)).whole();
  }

  private boolean isSubtype(DeclaredType type, String name) {
    TypeElement target = elements.getTypeElement(name);
    return target != null && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
  }

  /** The {@code index}th type argument of {@code type} seen as {@code name}, or null when raw. */
  private TypeMirror typeArgument(DeclaredType type, String name, int index) {
    TypeElement target = elements.getTypeElement(name);
    for (TypeMirror candidate : supertypesAndSelf(type)) {
      if (candidate instanceof DeclaredType declared
          && types.isSameType(types.erasure(declared), types.erasure(target.asType()))) {
        List<? extends TypeMirror> args = declared.getTypeArguments();
        return args.size() > index ? args.get(index) : null;
      }
    }
    return null;
  }

  private List<TypeMirror> supertypesAndSelf(TypeMirror type) {
    List<TypeMirror> all = new ArrayList<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      all.add(next);
      queue.addAll(types.directSupertypes(next));
    }
    return all;
  }

  static ObjectNode type(String type) {
    return NODES.objectNode().put("type", type);
  }

  static ObjectNode array(ObjectNode items) {
    ObjectNode array = type("array");
    array.set("items", items);
    return array;
  }
}
