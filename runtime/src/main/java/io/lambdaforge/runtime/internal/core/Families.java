package io.lambdaforge.runtime.internal.core;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.firehose.FirehoseTransform;
import io.lambdaforge.runtime.internal.cognito.CognitoAdapter;
import io.lambdaforge.runtime.internal.lex.LexAdapter;
import io.lambdaforge.runtime.internal.alexa.AlexaAdapter;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import io.lambdaforge.runtime.internal.s3batch.S3BatchAdapter;
import io.lambdaforge.runtime.internal.sdk.DirectInvoke;
import io.lambdaforge.runtime.internal.stepfunctions.TaskResult;
import java.util.List;

/**
 * The registry of the source families the runtime ships: the only class of the core that knows
 * them. Each family is one package holding its event model and its {@link EventHandler}; this
 * class lists it once in {@link #PACKAGES} and once in {@link #of(Source)}.
 */
public final class Families {
  private static final String HTTP = HttpDispatcher.class.getPackageName();
  private static final String SDK = DirectInvoke.class.getPackageName();
  private static final String FIREHOSE = FirehoseTransform.class.getPackageName();
  private static final String COGNITO = CognitoAdapter.class.getPackageName();
  private static final String S3BATCH = S3BatchAdapter.class.getPackageName();
  private static final String STEP_FUNCTIONS = TaskResult.class.getPackageName();
  private static final String LEX = LexAdapter.class.getPackageName();
  private static final String ALEXA = AlexaAdapter.class.getPackageName();

  /** The family packages, one line per family. */
  public static final List<String> PACKAGES = List.of(
      HTTP, // ALB, API Gateway REST, HTTP API, function URL: routing, binding, HTTP responses
      SDK, // direct invoke: the raw JSON payload in, the result as JSON out; the catch-all
      FIREHOSE, // Firehose record transformation: one method call per record, the batch answered
      COGNITO, // Cognito user-pool triggers: the event echoed with its response filled
      S3BATCH, // S3 Batch Operations: one method call per task, answered in the schema that arrived
      STEP_FUNCTIONS, // Step Functions tasks: the state input in, the result held to 256 KiB, named errors
      LEX, // Lex V2 code hooks: one bot function, dispatched by intent
      ALEXA); // Alexa skill requests: skill ID verified, dispatched by request type and intent

  private Families() {}

  /** The package of the family that answers events of {@code source}. */
  public static String of(Source source) {
    switch (source) {
      case ALB: case API_GATEWAY_REST: case API_GATEWAY_HTTP: case FUNCTION_URL: return HTTP;
      case SDK: return SDK;
      case FIREHOSE: return FIREHOSE;
      case COGNITO_USER_POOL: return COGNITO;
      case S3_BATCH: return S3BATCH;
      case STEP_FUNCTIONS: return STEP_FUNCTIONS;
      case LEX_V2: return LEX;
      case ALEXA_SKILL: return ALEXA;
      default: throw new IllegalArgumentException("no runtime family answers source " + source);
    }
  }

  /**
   * The catch-all of an adapter whose function can be invoked directly: every event no other
   * family claims goes to {@code invoker}, unchanged.
   */
  public static EventHandler directInvoke(StreamInvoker invoker) {
    return new DirectInvoke(invoker);
  }

  /** How a refused event's function gets the catch-all: the trigger to add. */
  static String catchAllHint() {
    return DirectInvoke.TRIGGER_HINT;
  }
}
