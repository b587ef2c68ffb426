package io.lambdaforge.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
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
 * Plans the {@link JsonShape} of a type the processor can see fully, or says why databind has to
 * handle it ({@link Unsupported}). Supported: records and POJOs (getters and setters over private
 * fields), enums, reference arrays, {@code List}/{@code Set}/{@code Collection}, {@code Map} with
 * {@code String} keys, {@code Optional}, primitives and boxes, {@code String}, {@code UUID},
 * {@code BigDecimal}, {@code BigInteger}, {@code Instant}, {@code LocalDate}, {@code
 * LocalDateTime}, {@code LocalTime} and {@code byte[]}, nested in any way. Jackson annotations:
 * {@code @JsonProperty("name")}, {@code @JsonIgnore}, {@code @JsonInclude(NON_NULL)} and
 * {@code @JsonCreator} on a record's canonical constructor; any other Jackson annotation sends the
 * type to databind.
 */
final class ShapePlanner {
  /** Why a type goes to databind. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final String JACKSON = "com.fasterxml.jackson.";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String JSON_INCLUDE = "com.fasterxml.jackson.annotation.JsonInclude";
  private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

  private static final Map<String, String[]> SCALARS = new HashMap<>();

  static {
    // type -> {Tokens read method, write style}
    SCALARS.put("java.lang.String", new String[] {"string", "string"});
    SCALARS.put("int", new String[] {"intValue", "number"});
    SCALARS.put("java.lang.Integer", new String[] {"boxedInt", "number"});
    SCALARS.put("long", new String[] {"longValue", "number"});
    SCALARS.put("java.lang.Long", new String[] {"boxedLong", "number"});
    SCALARS.put("short", new String[] {"shortValue", "number"});
    SCALARS.put("java.lang.Short", new String[] {"boxedShort", "number"});
    SCALARS.put("byte", new String[] {"byteValue", "number"});
    SCALARS.put("java.lang.Byte", new String[] {"boxedByte", "number"});
    SCALARS.put("double", new String[] {"doubleValue", "number"});
    SCALARS.put("java.lang.Double", new String[] {"boxedDouble", "number"});
    SCALARS.put("float", new String[] {"floatValue", "number"});
    SCALARS.put("java.lang.Float", new String[] {"boxedFloat", "number"});
    SCALARS.put("boolean", new String[] {"booleanValue", "boolean"});
    SCALARS.put("java.lang.Boolean", new String[] {"boxedBoolean", "boolean"});
    SCALARS.put("java.math.BigDecimal", new String[] {"bigDecimal", "number"});
    SCALARS.put("java.math.BigInteger", new String[] {"bigInteger", "number"});
    SCALARS.put("java.util.UUID", new String[] {"uuid", "tokens"});
    SCALARS.put("java.time.Instant", new String[] {"instant", "tokens"});
    SCALARS.put("java.time.LocalDate", new String[] {"localDate", "tokens"});
    SCALARS.put("java.time.LocalDateTime", new String[] {"localDateTime", "tokens"});
    SCALARS.put("java.time.LocalTime", new String[] {"localTime", "tokens"});
  }

  private final Elements elements;
  private final Types types;
  private final String adapterPackage;
  /** Beans being planned or planned, by type: a recursive reference becomes a {@link JsonShape.Ref}. */
  private final Map<TypeName, JsonShape> beans = new LinkedHashMap<>();
  private final Set<TypeName> inProgress = new HashSet<>();
  /** The first constant of each planned enum, for priming samples ({@link SampleJson}). */
  private final Map<TypeName, String> firstConstants = new HashMap<>();

  ShapePlanner(Elements elements, Types types, String adapterPackage) {
    this.elements = elements;
    this.types = types;
    this.adapterPackage = adapterPackage;
  }

  /** The first constant of the planned enum {@code type}, {@code null} for an enum without constants. */
  String firstConstant(TypeName type) {
    return firstConstants.get(type);
  }

  /** The planned bean or enum of {@code type} (for recursive references). */
  JsonShape bean(TypeName type) {
    return beans.get(type);
  }

  JsonShape plan(TypeMirror mirror) throws Unsupported {
    TypeName name = TypeName.get(mirror);
    if (mirror.getKind().isPrimitive() || mirror.getKind() == TypeKind.DECLARED) {
      String[] scalar = SCALARS.get(erasure(mirror));
      if (scalar != null) {
        return new JsonShape.Scalar(name, scalar[0], scalar[1]);
      }
    }
    switch (mirror.getKind()) {
      case ARRAY:
        TypeMirror component = ((ArrayType) mirror).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return new JsonShape.Scalar(name, "bytes", "tokens");
        }
        if (component.getKind().isPrimitive()) {
          throw new Unsupported("primitive arrays other than byte[] are not generated");
        }
        if (!(TypeName.get(types.erasure(component)).equals(TypeName.get(component)))) {
          throw new Unsupported("an array of a generic type cannot be created");
        }
        return new JsonShape.ArrayOf(name, plan(component));
      case DECLARED:
        return declared((DeclaredType) mirror, name);
      default:
        throw new Unsupported("type " + mirror + " is not generated (" + mirror.getKind().name().toLowerCase(Locale.ROOT) + ")");
    }
  }

  private JsonShape declared(DeclaredType type, TypeName name) throws Unsupported {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (qualified) {
      case "java.util.Optional":
        return new JsonShape.OptionalOf(name, plan(argument(args, 0)));
      case "java.util.List":
      case "java.util.Collection":
        return new JsonShape.CollectionOf(name, ClassName.get("java.util", "ArrayList"), plan(argument(args, 0)));
      case "java.util.Set":
        return new JsonShape.CollectionOf(name, ClassName.get("java.util", "HashSet"), plan(argument(args, 0)));
      case "java.util.Map":
        if (!erasure(argument(args, 0)).equals("java.lang.String")) {
          throw new Unsupported("only maps with String keys are generated");
        }
        return new JsonShape.MapOf(name, plan(argument(args, 1)));
      default:
        break;
    }
    if (qualified.startsWith("java.") || qualified.startsWith("javax.")) {
      throw new Unsupported(qualified + " is not generated");
    }
    if (!args.isEmpty() || !element.getTypeParameters().isEmpty()) {
      throw new Unsupported("generic type " + qualified + " is not generated");
    }
    checkAccessible(element);
    if (beans.containsKey(name)) {
      return beans.get(name);
    }
    if (inProgress.contains(name)) {
      return new JsonShape.Ref(name);
    }
    inProgress.add(name);
    JsonShape shape;
    try {
      if (element.getKind() == ElementKind.ENUM) {
        shape = enumShape(element, name);
      } else if (element.getKind() == ElementKind.RECORD) {
        shape = recordShape(element, name);
      } else if (element.getKind() == ElementKind.CLASS) {
        shape = pojoShape(element, name);
      } else {
        throw new Unsupported(qualified + " is an " + element.getKind().name().toLowerCase(Locale.ROOT) + "; databind picks its implementation at run time");
      }
    } finally {
      inProgress.remove(name);
    }
    if (shape instanceof JsonShape.Bean bean) {
      Set<String> names = new HashSet<>();
      for (JsonShape.Property property : bean.properties()) {
        if (!names.add(property.name())) {
          throw new Unsupported("two properties of " + name + " are named \"" + property.name() + "\"");
        }
      }
    }
    beans.put(name, shape);
    return shape;
  }

  private JsonShape enumShape(TypeElement element, TypeName name) throws Unsupported {
    checkNoJackson(element, Set.of());
    for (Element member : element.getEnclosedElements()) {
      checkNoJackson(member, Set.of());
    }
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        firstConstants.putIfAbsent(name, member.getSimpleName().toString());
        break;
      }
    }
    return new JsonShape.EnumOf(name);
  }

  private JsonShape recordShape(TypeElement element, TypeName name) throws Unsupported {
    boolean typeNonNull = include(element);
    checkNoJackson(element, Set.of(JSON_INCLUDE));
    List<? extends RecordComponentElement> components = element.getRecordComponents();
    Set<String> accessors = new HashSet<>();
    List<JsonShape.Property> properties = new ArrayList<>();
    List<JsonShape.Slot> slots = new ArrayList<>();
    Map<String, VariableElement> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    ExecutableElement canonical = canonicalConstructor(element, components);
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      checkNoJackson(constructor, constructor.equals(canonical) ? Set.of(JSON_CREATOR) : Set.of());
      if (constructor.equals(canonical)) {
        AnnotationMirror creator = annotation(constructor, JSON_CREATOR);
        if (creator != null && !creator.getElementValues().isEmpty()) {
          throw new Unsupported("@JsonCreator with a mode on " + name + " is left to databind");
        }
      }
    }
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement component = components.get(i);
      ExecutableElement accessor = component.getAccessor();
      String javaName = component.getSimpleName().toString();
      accessors.add(javaName);
      List<Element> sites = new ArrayList<>();
      sites.add(accessor);
      if (fields.containsKey(javaName)) {
        sites.add(fields.get(javaName));
      }
      sites.add(canonical.getParameters().get(i));
      JsonShape.Property property = property(sites, javaName, accessor.getSimpleName().toString(),
          String.valueOf(i), typeNonNull, component.asType());
      if (property != null) {
        properties.add(property);
      }
      slots.add(new JsonShape.Slot(TypeName.get(component.asType()), property));
    }
    checkNoOtherGetters(element, accessors);
    return new JsonShape.Bean(name, true, properties, slots);
  }

  private JsonShape pojoShape(TypeElement element, TypeName name) throws Unsupported {
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new Unsupported(name + " is abstract");
    }
    if (!TypeName.get(element.getSuperclass()).equals(ClassName.OBJECT)) {
      throw new Unsupported(name + " extends " + element.getSuperclass() + "; inherited properties are left to databind");
    }
    if (element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC)) {
      throw new Unsupported(name + " is an inner (non-static) class");
    }
    boolean typeNonNull = include(element);
    checkNoJackson(element, Set.of(JSON_INCLUDE));
    boolean noArgs = false;
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(element.getEnclosedElements());
    for (ExecutableElement constructor : constructors) {
      checkNoJackson(constructor, Set.of());
      if (constructor.getParameters().isEmpty() && accessible(constructor)) {
        noArgs = true;
      }
    }
    if (!noArgs) {
      throw new Unsupported(name + " has no accessible no-argument constructor");
    }
    Map<String, ExecutableElement> methods = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC)) {
        methods.put(method.getSimpleName() + "/" + method.getParameters().size(), method);
      }
    }
    List<JsonShape.Property> plain = new ArrayList<>();
    List<JsonShape.Property> renamed = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String javaName = field.getSimpleName().toString();
      if (field.getModifiers().contains(Modifier.PUBLIC) || field.getModifiers().contains(Modifier.TRANSIENT)) {
        throw new Unsupported("field " + javaName + " of " + name + " is public or transient");
      }
      String suffix = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
      ExecutableElement getter = methods.get("get" + suffix + "/0");
      if (getter == null && field.asType().getKind() == TypeKind.BOOLEAN) {
        getter = methods.get("is" + suffix + "/0");
      }
      ExecutableElement setter = methods.get("set" + suffix + "/1");
      if (getter == null || setter == null || !accessible(getter) || !accessible(setter)
          || !types.isSameType(getter.getReturnType(), field.asType())
          || !types.isSameType(setter.getParameters().get(0).asType(), field.asType())
          || !implicitName(getter.getSimpleName().toString()).equals(javaName)) {
        throw new Unsupported("field " + javaName + " of " + name + " needs a public getter and setter of its type");
      }
      used.add(getter.getSimpleName() + "/0");
      used.add(setter.getSimpleName() + "/1");
      JsonShape.Property property = property(List.of(field, getter, setter), javaName,
          getter.getSimpleName().toString(), setter.getSimpleName().toString(), typeNonNull, field.asType());
      if (property == null) {
        continue;
      }
      // databind moves renamed properties after the others
      (property.name().equals(javaName) ? plain : renamed).add(property);
    }
    for (Map.Entry<String, ExecutableElement> method : methods.entrySet()) {
      if (!used.contains(method.getKey()) && looksLikeAccessor(method.getValue())) {
        throw new Unsupported("method " + method.getValue().getSimpleName() + " of " + name + " is a getter or setter without a field");
      }
      if (!used.contains(method.getKey())) {
        checkNoJackson(method.getValue(), Set.of());
      }
    }
    plain.addAll(renamed);
    return new JsonShape.Bean(name, false, plain, List.of());
  }

  /** A property from its annotated sites, or {@code null} when {@code @JsonIgnore}d. */
  private JsonShape.Property property(List<Element> sites, String javaName, String getter, String setter,
      boolean typeNonNull, TypeMirror type) throws Unsupported {
    String json = javaName;
    boolean nonNull = typeNonNull;
    for (Element site : sites) {
      checkNoJackson(site, Set.of(JSON_PROPERTY, JSON_IGNORE, JSON_INCLUDE));
      if (annotation(site, JSON_IGNORE) != null) {
        AnnotationMirror ignore = annotation(site, JSON_IGNORE);
        if (!ignore.getElementValues().isEmpty()) {
          throw new Unsupported("@JsonIgnore(false) on " + javaName + " is left to databind");
        }
        return null;
      }
      AnnotationMirror property = annotation(site, JSON_PROPERTY);
      if (property != null) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : property.getElementValues().entrySet()) {
          String member = value.getKey().getSimpleName().toString();
          if (!member.equals("value")) {
            throw new Unsupported("@JsonProperty(" + member + " = ...) on " + javaName + " is left to databind");
          }
          String given = (String) value.getValue().getValue();
          if (!given.isEmpty()) {
            json = given;
          }
        }
      }
      if (annotation(site, JSON_INCLUDE) != null) {
        nonNull = include(site);
      }
    }
    return new JsonShape.Property(json, getter, setter, nonNull, plan(type));
  }

  /** {@code true} for {@code @JsonInclude(NON_NULL)}, {@code false} for none or ALWAYS. */
  private static boolean include(Element element) throws Unsupported {
    AnnotationMirror include = annotation(element, JSON_INCLUDE);
    if (include == null) {
      return false;
    }
    String value = "ALWAYS";
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : include.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals("value")) {
        throw new Unsupported("@JsonInclude(" + entry.getKey().getSimpleName() + " = ...) is left to databind");
      }
      value = ((VariableElement) entry.getValue().getValue()).getSimpleName().toString();
    }
    switch (value) {
      case "NON_NULL":
        return true;
      case "ALWAYS":
        return false;
      default:
        throw new Unsupported("@JsonInclude(" + value + ") is left to databind");
    }
  }

  private static void checkNoJackson(Element element, Set<String> allowed) throws Unsupported {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.startsWith(JACKSON) && !allowed.contains(type)) {
        throw new Unsupported("@" + type.substring(type.lastIndexOf('.') + 1) + " on " + element.getSimpleName() + " is left to databind");
      }
    }
  }

  private static AnnotationMirror annotation(Element element, String type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
        return mirror;
      }
    }
    return null;
  }

  private void checkNoOtherGetters(TypeElement element, Set<String> accessors) throws Unsupported {
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      String simple = method.getSimpleName().toString();
      if (!accessors.contains(simple) || !method.getParameters().isEmpty()) {
        if (looksLikeAccessor(method)) {
          throw new Unsupported("method " + simple + " of " + element.getQualifiedName() + " is a getter databind would also write");
        }
        checkNoJackson(method, Set.of());
      }
    }
  }

  /** A public instance getter ({@code getX()}, {@code isX()}) or setter ({@code setX(v)}). */
  private static boolean looksLikeAccessor(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC) || !method.getModifiers().contains(Modifier.PUBLIC)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    int params = method.getParameters().size();
    if (params == 0 && method.getReturnType().getKind() != TypeKind.VOID) {
      return (name.startsWith("get") && name.length() > 3)
          || (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN);
    }
    return params == 1 && name.startsWith("set") && name.length() > 3;
  }

  /** Databind's implicit property name of a getter: the prefix dropped, leading capitals lowered. */
  private static String implicitName(String getter) {
    String base = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
    StringBuilder out = new StringBuilder(base);
    for (int i = 0; i < out.length() && Character.isUpperCase(out.charAt(i)); i++) {
      out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
    }
    return out.toString();
  }

  private ExecutableElement canonicalConstructor(TypeElement element, List<? extends RecordComponentElement> components)
      throws Unsupported {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      List<? extends VariableElement> params = constructor.getParameters();
      if (params.size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < params.size() && same; i++) {
        same = types.isSameType(params.get(i).asType(), components.get(i).asType());
      }
      if (same) {
        if (!accessible(constructor)) {
          throw new Unsupported("the canonical constructor of " + element.getQualifiedName() + " is not accessible");
        }
        return constructor;
      }
    }
    throw new Unsupported("no canonical constructor in " + element.getQualifiedName());
  }

  private void checkAccessible(TypeElement element) throws Unsupported {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!accessible(e)) {
        throw new Unsupported(element.getQualifiedName() + " is not accessible from package " + adapterPackage);
      }
    }
  }

  private boolean accessible(Element element) {
    Set<Modifier> modifiers = element.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.getQualifiedName().contentEquals(adapterPackage);
  }

  private static TypeMirror argument(List<? extends TypeMirror> args, int index) throws Unsupported {
    if (args.size() <= index) {
      throw new Unsupported("raw collection types are left to databind");
    }
    TypeMirror arg = args.get(index);
    if (arg.getKind() != TypeKind.DECLARED && arg.getKind() != TypeKind.ARRAY) {
      throw new Unsupported("type argument " + arg + " is left to databind");
    }
    return arg;
  }

  private String erasure(TypeMirror mirror) {
    return mirror.getKind().isPrimitive() ? mirror.toString() : types.erasure(mirror).toString();
  }
}
