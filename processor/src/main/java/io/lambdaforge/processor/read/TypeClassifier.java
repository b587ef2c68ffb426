package io.lambdaforge.processor.read;

import com.palantir.javapoet.TypeName;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/** Classifies parameter and return types by qualified name; never loads classes. */
final class TypeClassifier {
  static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  static final String REQUEST_VIEW = "io.lambdaforge.runtime.http.HttpRequest";
  static final String AUTH = "io.lambdaforge.events.auth.Auth";

  private static final Set<String> BOXES =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  private final TypeMirror object;

  TypeClassifier(Elements elements) {
    this.object = elements.getTypeElement("java.lang.Object").asType();
  }

  TypeShape shape(TypeMirror type) {
    TypeName name = TypeName.get(type);
    if (type.getKind().isPrimitive()) {
      return TypeShape.of(TypeShape.Kind.PRIMITIVE, name);
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return TypeShape.of(TypeShape.Kind.BYTES, name);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return TypeShape.of(TypeShape.Kind.JSON, name);
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String qualified = element.getQualifiedName().toString();
    switch (qualified) {
      case "java.lang.String":
        return TypeShape.of(TypeShape.Kind.STRING, name);
      case "java.util.UUID":
        return TypeShape.of(TypeShape.Kind.UUID, name);
      case "java.io.InputStream":
        return TypeShape.of(TypeShape.Kind.INPUT_STREAM, name);
      case "java.util.Optional":
        return new TypeShape(TypeShape.Kind.OPTIONAL, name, shape(argument(declared)));
      case "java.util.List":
        return new TypeShape(TypeShape.Kind.LIST, name, shape(argument(declared)));
      default:
        break;
    }
    if (BOXES.contains(qualified)) {
      return TypeShape.of(TypeShape.Kind.BOXED, name);
    }
    if (TypeShape.JAVA_TIME_TYPES.contains(qualified)) {
      return TypeShape.of(TypeShape.Kind.JAVA_TIME, name);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return TypeShape.of(TypeShape.Kind.ENUM, name);
    }
    return TypeShape.of(TypeShape.Kind.JSON, name);
  }

  ReturnModel returnModel(TypeMirror type) {
    TypeName name = TypeName.get(type);
    if (type.getKind() == TypeKind.VOID) {
      return ReturnModel.of(ReturnModel.Kind.VOID, name);
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return ReturnModel.of(ReturnModel.Kind.BYTES, name);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return ReturnModel.of(ReturnModel.Kind.JSON, name);
    }
    DeclaredType declared = (DeclaredType) type;
    String qualified = qualifiedName(declared);
    switch (qualified) {
      case "java.lang.Void":
        return ReturnModel.of(ReturnModel.Kind.VOID, name);
      case "java.lang.String":
        return ReturnModel.of(ReturnModel.Kind.STRING, name);
      case "java.util.Optional":
        return new ReturnModel(ReturnModel.Kind.OPTIONAL, name, returnModel(argument(declared)));
      case ReturnModel.HTTP_RESPONSE_TYPE:
        return new ReturnModel(
            ReturnModel.Kind.HTTP_RESPONSE, name, returnModel(argument(declared)));
      default:
        return ReturnModel.of(ReturnModel.Kind.JSON, name);
    }
  }

  static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** Whether an unresolved (error) type occurs anywhere in {@code type}; returns its name. */
  static String unresolved(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return type.toString();
      case ARRAY:
        return unresolved(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return unresolved(wildcard.getExtendsBound());
        }
        return wildcard.getSuperBound() == null ? null : unresolved(wildcard.getSuperBound());
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          String found = unresolved(argument);
          if (found != null) {
            return found;
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** The single type argument, {@code Object} when raw, the bound of a wildcard. */
  private TypeMirror argument(DeclaredType declared) {
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (arguments.isEmpty()) {
      return object;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) argument).getExtendsBound();
      return bound != null ? bound : object;
    }
    return argument;
  }
}
