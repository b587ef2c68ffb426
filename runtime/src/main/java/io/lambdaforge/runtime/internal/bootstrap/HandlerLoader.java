package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Resolves a handler string ({@code com.acme.Foo_BarHandler} or {@code
 * com.acme.Foo_BarHandler::handleRequest}) to a {@link RequestStreamHandler} instance. This is the
 * only reflective step, done once at init.
 */
final class HandlerLoader {
  static final String METHOD = "handleRequest";

  private HandlerLoader() {}

  static RequestStreamHandler load(String handler, ClassLoader loader) throws InitFailure {
    String className = className(handler);
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new InitFailure(
          InitFailure.NO_SUCH_HANDLER,
          "Handler class " + className + " was not found on the classpath; check _HANDLER ("
              + handler + ") and that the function's jar is deployed",
          e);
    } catch (ExceptionInInitializerError e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Static initialization of handler class " + className + " failed",
          e.getCause() != null ? e.getCause() : e);
    } catch (LinkageError e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE, "Handler class " + className + " could not be linked", e);
    }
    if (!RequestStreamHandler.class.isAssignableFrom(type)) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Handler class " + className + " does not implement "
              + RequestStreamHandler.class.getName()
              + "; point _HANDLER at the generated adapter class",
          null);
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Handler class " + className + " is abstract; point _HANDLER at a concrete class",
          null);
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Handler class " + className + " needs a public no-argument constructor",
          null);
    }
    try {
      return (RequestStreamHandler) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "The constructor of handler class " + className + " threw "
              + e.getCause().getClass().getName(),
          e.getCause());
    } catch (ExceptionInInitializerError e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Static initialization of handler class " + className + " failed",
          e.getCause() != null ? e.getCause() : e);
    } catch (ReflectiveOperationException e) {
      throw new InitFailure(
          InitFailure.BAD_FUNCTION_CODE,
          "Handler class " + className + " could not be instantiated",
          e);
    }
  }

  /** Validates the handler string's shape and returns its class part. */
  static String className(String handler) throws InitFailure {
    if (handler == null || handler.isBlank()) {
      throw new InitFailure(
          InitFailure.NO_SUCH_HANDLER,
          "No handler configured: set _HANDLER (or pass the handler class as the first argument),"
              + " e.g. com.acme.Orders_CreateHandler",
          null);
    }
    String trimmed = handler.trim();
    String className = trimmed;
    int separator = trimmed.indexOf("::");
    if (separator >= 0) {
      className = trimmed.substring(0, separator);
      String method = trimmed.substring(separator + 2);
      if (!METHOD.equals(method)) {
        throw new InitFailure(
            !isIdentifier(method)
                ? InitFailure.MALFORMED_HANDLER_NAME
                : InitFailure.NO_SUCH_HANDLER,
            "Handler " + handler + " names method '" + method + "', but only "
                + "RequestStreamHandler.handleRequest is supported; write " + className
                + " or " + className + "::" + METHOD,
            null);
      }
    }
    if (!isQualifiedName(className)) {
      throw new InitFailure(
          InitFailure.MALFORMED_HANDLER_NAME,
          "Handler " + handler + " is not a class name; write e.g. com.acme.Orders_CreateHandler"
              + " or com.acme.Orders_CreateHandler::handleRequest",
          null);
    }
    return className;
  }

  private static boolean isQualifiedName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
      return false;
    }
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String part) {
    if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))) {
      return false;
    }
    return part.codePoints().allMatch(Character::isJavaIdentifierPart);
  }
}
