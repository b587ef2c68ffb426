package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.runtimeapi.FakeRuntimeApi;
import io.lambdaforge.local.runtimeapi.InvocationOutcome;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated adapters as Lambda runs them: a fresh JVM per function whose only link to the
 * platform is {@code AWS_LAMBDA_RUNTIME_API}, under AWS's own runtime interface client and under
 * Lambdaforge's {@code Bootstrap}, talking to a {@link FakeRuntimeApi}. The quote function gets a
 * real HTTP API event and an SDK payload; the worker gets records and a bad payload.
 */
class ExamplesUnderAwsRuntimeTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String QUOTE_HANDLER = "io.lambdaforge.examples.quotes.QuoteService_QuoteHandler::handleRequest";
  private static final String SIGN_UP_HANDLER =
      "io.lambdaforge.examples.signup.SignUpRules_PreSignUpHandler::handleRequest";
  private static final String RESERVE_HANDLER =
      "io.lambdaforge.examples.saga.OrderSaga_ReserveStockHandler::handleRequest";
  private static final String FACTS_HANDLER =
      "io.lambdaforge.examples.facts.SpaceFactsSkill_LaunchHandler::handleRequest";
  private static final String REPRICE_HANDLER =
      "io.lambdaforge.examples.worker.RepriceWorker_RepriceHandler::handleRequest";
  private static final String TAGGER_HANDLER =
      "io.lambdaforge.examples.tagging.BatchTagger_TagHandler::handleRequest";

  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void quoteAnswersAnHttpApiEventAndAnSdkPayload(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, QUOTE_HANDLER, api)) {
      InvocationOutcome http = await(child, api.invoke(bytes(httpApiQuoteEvent("{\"sku\":\"LAMP-3\",\"quantity\":100}"))));
      InvocationOutcome sdk = await(child, api.invoke(bytes("{\"sku\":\"LAMP-3\",\"quantity\":100}")));
      InvocationOutcome badHttp = await(child, api.invoke(bytes(httpApiQuoteEvent("{\"sku\":\"LAMP-3\"}"))));
      InvocationOutcome badSdk = await(child, api.invoke(bytes("{\"sku\":\"\",\"quantity\":1}")));

      assertFalse(http.error(), http.bodyAsString());
      JsonNode response = json(http.body());
      assertEquals(RealSampleEventsTest.HTTP_API_SHAPE, Jsons.fields(response), response.toString());
      assertEquals(200, response.get("statusCode").asInt());
      assertEquals("application/json", response.at("/headers/Content-Type").asText());
      JsonNode quote = json(response.get("body").asText().getBytes(StandardCharsets.UTF_8));

      assertFalse(sdk.error(), sdk.bodyAsString());
      assertEquals(quote, json(sdk.body()), "the SDK answer is the quote itself, the same as over HTTP");
      assertEquals("LAMP-3", quote.get("sku").asText());
      assertEquals(100, quote.get("quantity").asInt());

      assertFalse(badHttp.error(), "a bad HTTP request is an HTTP answer, not a function error");
      JsonNode badResponse = json(badHttp.body());
      assertEquals(400, badResponse.get("statusCode").asInt(), badResponse.toString());
      assertEquals("{\"message\":\"quantity must be 1..10000, got 0\"}", badResponse.get("body").asText());

      assertTrue(badSdk.error(), badSdk.bodyAsString());
      assertEquals("Runtime.UserException", badSdk.errorType());
      JsonNode error = json(badSdk.body());
      assertEquals("io.lambdaforge.runtime.http.HttpException", error.get("errorType").asText(), error.toString());
      assertEquals("sku is required", error.get("errorMessage").asText());
      assertTrue(child.isAlive(), "a function error does not end the runtime");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void repriceWorkerAnswersRecordsAndRejectsABadPayload(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, REPRICE_HANDLER, api)) {
      InvocationOutcome ok = await(child,
          api.invoke(bytes("{\"items\":[{\"sku\":\"K-9\",\"price\":19.99}],\"percent\":25}")));
      InvocationOutcome bad = await(child, api.invoke(bytes("{\"items\":{\"sku\":\"K-9\"},\"percent\":25}")));

      assertFalse(ok.error(), ok.bodyAsString());
      assertEquals("{\"items\":[{\"sku\":\"K-9\",\"price\":24.99}],\"count\":1,\"requestId\":\"" + ok.requestId() + "\"}",
          ok.bodyAsString(), "19.99 * 1.25 = 24.9875, half-even to 24.99; the request id is the Runtime API's");

      assertTrue(bad.error(), bad.bodyAsString());
      assertEquals("Runtime.UserException", bad.errorType());
      JsonNode error = json(bad.body());
      assertEquals("io.lambdaforge.runtime.internal.sdk.PayloadException", error.get("errorType").asText());
      assertTrue(error.get("errorMessage").asText().startsWith("function reprice: payload does not bind to "
          + "io.lambdaforge.examples.worker.RepriceWorker$RepriceRequest: "), error.toString());
      assertTrue(error.get("errorMessage").asText().contains("$.items"), error.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void cognitoSignUpAnswersTheRealEventAndRejectsWithTheUsersMessage(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, SIGN_UP_HANDLER, api)) {
      ObjectNode event = TestFiles.sharedEventJson("cognito-presignup-go.json");
      ((ObjectNode) event.get("request").get("userAttributes")).put("email", "ann@example.com");
      InvocationOutcome ok = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));
      ((ObjectNode) event.get("request").get("userAttributes")).put("email", "x@mailinator.com");
      InvocationOutcome rejected = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));
      ((ObjectNode) event.get("request")).remove("userAttributes");
      ((ObjectNode) event.get("request")).put("userAttributes", "not an object");
      InvocationOutcome malformed = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));

      assertFalse(ok.error(), ok.bodyAsString());
      JsonNode answer = json(ok.body());
      assertEquals("{\"autoConfirmUser\":true,\"autoVerifyEmail\":true,\"autoVerifyPhone\":false}",
          answer.get("response").toString());
      assertEquals("PreSignUp_SignUp", answer.get("triggerSource").asText(), "the event is echoed");

      assertTrue(rejected.error(), rejected.bodyAsString());
      JsonNode error = json(rejected.body());
      assertEquals("Please sign up with a permanent email address.", error.get("errorMessage").asText(),
          "Cognito shows the function error's message to the user");
      assertEquals("io.lambdaforge.events.cognito.CognitoRejection", error.get("errorType").asText());
      assertTrue(malformed.error(), malformed.bodyAsString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void batchTaggerAnswersBothSchemasAndFailsABadTaskAlone(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, TAGGER_HANDLER, api)) {
      ObjectNode v1 = TestFiles.sharedEventJson("s3batch-v1-request-go.json");
      v1.withArray("tasks").add(((ObjectNode) v1.withArray("tasks").get(0)).deepCopy().put("taskId", "bad").put("s3Key", "no-extension"));
      InvocationOutcome one = await(child, api.invoke(Json.writer().writeValueAsBytes(v1)));
      InvocationOutcome two = await(child, api.invoke(Json.writer().writeValueAsBytes(TestFiles.sharedEventJson("s3batch-v2-request-go.json"))));

      assertFalse(one.error(), one.bodyAsString());
      JsonNode answer = json(one.body());
      assertEquals("1.0", answer.get("invocationSchemaVersion").asText());
      assertEquals("Succeeded", answer.at("/results/0/resultCode").asText());
      assertEquals("bad", answer.at("/results/1/taskId").asText());
      assertEquals("PermanentFailure", answer.at("/results/1/resultCode").asText());
      assertFalse(answer.at("/results/1/resultString").asText().contains("\tat "), "no stack trace in the report");
      assertFalse(two.error(), two.bodyAsString());
      assertEquals("2.0", json(two.body()).get("invocationSchemaVersion").asText());
      assertEquals("k1=v1&k2=v2&media=image", json(two.body()).at("/results/0/resultString").asText());
    }
  }

  /**
   * The saga step's named errors as Lambda reports them: AWS's runtime client and Bootstrap both post
   * the thrown class's binary name as {@code errorType}, so the generated classes make it {@code
   * OrderRejected} and {@code OutOfStock}, the names a state's {@code Catch} matches
   * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
   */
  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void sagaStepReportsItsErrorNamesAsTheErrorType(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, RESERVE_HANDLER, api)) {
      InvocationOutcome ok = await(child, api.invoke(bytes(
          "{\"orderId\":\"o-1\",\"customer\":\"Ann\",\"lines\":[{\"sku\":\"PEN-1\",\"quantity\":2}]}")));
      InvocationOutcome rejected = await(child, api.invoke(bytes("{\"orderId\":\"o-2\",\"lines\":[]}")));
      InvocationOutcome shortage = await(child, api.invoke(bytes(
          "{\"orderId\":\"o-3\",\"lines\":[{\"sku\":\"LAMP-3\",\"quantity\":500}]}")));

      assertFalse(ok.error(), ok.bodyAsString());
      assertEquals("{\"orderId\":\"o-1\",\"reservationId\":\"res-o-1\",\"units\":2}", ok.bodyAsString());

      assertTrue(rejected.error(), rejected.bodyAsString());
      JsonNode error = json(rejected.body());
      assertEquals("OrderRejected", error.get("errorType").asText(), error.toString());
      assertEquals("order o-2 has no lines", error.get("errorMessage").asText());
      assertTrue(error.get("stackTrace").toString().contains("OrderSaga.reserveStock"), "the user's frames: " + error);

      JsonNode stock = json(shortage.body());
      assertEquals("OutOfStock", stock.get("errorType").asText(), stock.toString());
      assertEquals("LAMP-3: 500 ordered, 5 on hand", stock.get("errorMessage").asText());
      assertTrue(child.isAlive(), "a function error does not end the runtime");
    }
  }

  /**
   * The Alexa skill under both runtimes: SAM CLI's GetNewFact request for this skill is answered; the
   * same request for the sample's own skill ID is refused as a function error before any method runs;
   * a session's end gets the empty response.
   */
  @ParameterizedTest
  @ValueSource(strings = {RuntimeProcess.AWS_RIC_MAIN, RuntimeProcess.LAMBDAFORGE_BOOTSTRAP_MAIN})
  void factSkillVerifiesTheSkillId(String mainClass) throws Exception {
    try (FakeRuntimeApi api = FakeRuntimeApi.start();
        RuntimeProcess child = start(mainClass, FACTS_HANDLER, api)) {
      ObjectNode event = TestFiles.sharedEventJson("alexa-intent-getnewfact-samcli.json");
      InvocationOutcome foreign = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));
      ((ObjectNode) event.at("/context/System/application")).put("applicationId", FactSkillThroughLocalLambdaTest.SKILL);
      InvocationOutcome ours = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));
      ((ObjectNode) event.get("request")).put("type", "SessionEndedRequest").put("reason", "USER_INITIATED").remove("intent");
      InvocationOutcome ended = await(child, api.invoke(Json.writer().writeValueAsBytes(event)));

      assertTrue(foreign.error(), foreign.bodyAsString());
      JsonNode error = json(foreign.body());
      assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
      assertTrue(error.get("errorMessage").asText().contains("refused an Alexa request for application ID 'amzn1.ask.skill.987654321'"),
          error.toString());
      assertFalse(ours.error(), ours.bodyAsString());
      assertTrue(json(ours.body()).at("/response/outputSpeech/ssml").asText().contains("Mercury"), ours.bodyAsString());
      assertFalse(ended.error(), ended.bodyAsString());
      assertEquals("{\"version\":\"1.0\",\"response\":{}}", json(ended.body()).toString());
    }
  }

  /** A real HTTP API event (testdata/events) turned into {@code POST /quotes} with a JSON body. */
  private static String httpApiQuoteEvent(String body) throws IOException {
    ObjectNode event = TestFiles.sharedEventJson("apigw-v2-post-cookies-java-libs.json");
    Events.onPath(event, Source.API_GATEWAY_HTTP, "/quotes", null, null);
    Events.method(event, Source.API_GATEWAY_HTTP, "POST");
    event.remove("pathParameters");
    event.put("routeKey", "POST /quotes");
    Events.jsonBody(event, Source.API_GATEWAY_HTTP, body);
    return Json.writer().writeValueAsString(event);
  }

  private static RuntimeProcess start(String mainClass, String handler, FakeRuntimeApi api) throws IOException {
    return RuntimeProcess.start(mainClass, handler, RuntimeProcess.currentClasspath(), api,
        Map.of("AWS_LAMBDA_FUNCTION_NAME",
            handler.contains("Quote") ? "quote" : handler.contains("SignUp") ? "signUpRules"
                : handler.contains("Tagger") ? "tagObjects"
                : handler.contains("ReserveStock") ? "reserveStock"
                : handler.contains("Facts") ? "spaceFacts" : "reprice"));
  }

  private static InvocationOutcome await(RuntimeProcess child, CompletableFuture<InvocationOutcome> future)
      throws Exception {
    try {
      return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the runtime did not answer within " + WAIT + " (alive=" + child.isAlive()
          + "); its output:\n" + child.output(), e);
    }
  }

  private static JsonNode json(byte[] bytes) throws IOException {
    return Json.reader().readTree(bytes);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
