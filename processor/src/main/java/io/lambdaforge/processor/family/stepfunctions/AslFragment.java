package io.lambdaforge.processor.family.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.processor.model.FunctionModel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ASL fragment of a task function, {@code META-INF/lambdaforge/stepfunctions/<fn>.asl.json}: a
 * complete state machine (JSONPath) whose one {@code Task} state invokes the function through the
 * optimized integration (https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html),
 * retries Lambda's transient service exceptions as AWS recommends
 * (https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html) and
 * catches each of the function's error names into a {@code Fail} state to replace with the
 * compensation. A task that takes a {@code TaskToken} waits for it ({@code .waitForTaskToken}) and
 * passes {@code {"Input.$": "$", "TaskToken.$": "$$.Task.Token"}} as the payload
 * (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token).
 * The function's ARN is the placeholder {@code ${<LogicalId>Arn}}, named as the template's output,
 * for {@code DefinitionSubstitutions}.
 */
final class AslFragment {
  static final String INVOKE = "arn:aws:states:::lambda:invoke";
  static final String WAIT_FOR_TOKEN = INVOKE + ".waitForTaskToken";
  /** Lambda's transient service exceptions, as AWS's best-practice page lists them. */
  static final List<String> TRANSIENT = List.of(
      "Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
      "Lambda.AWSLambdaException", "Lambda.SdkClientException");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AslFragment() {}

  /** The path of {@code functionName}'s fragment in the class output. */
  static String path(String functionName) {
    return "META-INF/lambdaforge/stepfunctions/" + functionName + ".asl.json";
  }

  /** The fragment of {@code model}, whose state waits for its token when {@code waits}. */
  static byte[] render(FunctionModel model, boolean waits, List<String> errorNames) {
    String task = model.functionName();
    ObjectNode root = NODES.objectNode();
    root.put("Comment", "Lambdaforge: the Task state of function " + task + " (" + model.qualifiedMethod()
        + "). Copy the state into your state machine, set Next, and point each Catch at your"
        + " compensation; substitute " + placeholder(model) + " with the function's ARN.");
    root.put("StartAt", task);
    ObjectNode states = root.putObject("States");
    ObjectNode state = states.putObject(task);
    state.put("Type", "Task");
    state.put("Resource", waits ? WAIT_FOR_TOKEN : INVOKE);
    ObjectNode parameters = state.putObject("Parameters");
    parameters.put("FunctionName", placeholder(model));
    if (waits) {
      parameters.putObject("Payload").put("Input.$", "$").put("TaskToken.$", "$$.Task.Token");
    } else {
      parameters.put("Payload.$", "$");
      state.put("OutputPath", "$.Payload");
    }
    ObjectNode retry = state.putArray("Retry").addObject();
    TRANSIENT.forEach(retry.putArray("ErrorEquals")::add);
    retry.put("IntervalSeconds", 2).put("MaxAttempts", 6).put("BackoffRate", 2);
    if (!errorNames.isEmpty()) {
      ArrayNode catches = state.putArray("Catch");
      for (String error : errorNames) {
        String target = failState(error);
        ObjectNode entry = catches.addObject();
        entry.putArray("ErrorEquals").add(error);
        entry.put("ResultPath", "$.error");
        entry.put("Next", target);
        states.putObject(target)
            .put("Type", "Fail")
            .put("Error", error)
            .put("Cause", task + " failed with " + error + "; replace this state with the compensation");
      }
    }
    state.put("End", true);
    try {
      return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code Fail} state a {@code Catch} of {@code error} goes to. */
  static String failState(String error) {
    return "Caught " + error;
  }

  private static String placeholder(FunctionModel model) {
    return "${" + FunctionSpec.logicalIdOf(model.functionName()) + "Arn}";
  }
}
