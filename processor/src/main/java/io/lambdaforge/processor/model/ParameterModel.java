package io.lambdaforge.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * One parameter of a function method, in declaration order.
 *
 * @param name the Java parameter name
 * @param type the declared type
 * @param binding where the value comes from
 * @param boundName the name in the request for PATH/QUERY/HEADER/COOKIE (the annotation value),
 *     otherwise the empty string
 * @param shape the classification of {@code type}
 */
public record ParameterModel(
    String name, TypeName type, Binding binding, String boundName, TypeShape shape) {
  public ParameterModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(boundName, "boundName");
    Objects.requireNonNull(shape, "shape");
  }

  /**
   * Whether this parameter is the function's input: {@code @Body} or un-annotated. It is read
   * from the request body on HTTP routes and from the JSON payload on direct invoke.
   */
  public boolean isBody() {
    return binding == Binding.BODY || binding == Binding.PAYLOAD;
  }
}
