package io.lambdaforge.descriptor.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Lambda function of an {@link Application}. Validated on construction; collections are
 * copied (environment keeps its declaration order, triggers are put in canonical order).
 *
 * @param name function name, 1..64 of {@code [A-Za-z0-9_-]}
 * @param handler the handler string, e.g. {@code com.example.GetOrderAdapter::handleRequest}
 * @param memoryMb 128..10240
 * @param timeoutSeconds 1..900
 * @param architecture x86_64 or arm64
 * @param ephemeralStorageMb 512..10240
 * @param description free text, may be empty
 * @param environment environment variables in declaration order
 * @param triggers event sources; empty means direct (SDK) invoke only
 * @param traffic expected traffic ({@link TrafficSpec#UNKNOWN} when not given)
 * @param monthlyBudgetUsd monthly budget in USD, zero for none
 * @param provisionedConcurrency provisioned concurrency, zero for none
 * @param functionUrl the function URL's settings; {@code null} when it has none, or takes the
 *     defaults ({@link FunctionUrlSpec#DEFAULT})
 * @param snapStart whether Lambda SnapStart is on for published versions
 *     (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html); it excludes provisioned
 *     concurrency and ephemeral storage above 512 MB
 * @param errorNames the error names the function reports to AWS Step Functions, the {@code
 *     errorType}s a state's {@code Retry} and {@code Catch} match
 *     (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html); sorted,
 *     empty for a function no state machine invokes
 * @param cors the CORS configuration of the function's HTTP routes; {@code null} when it has none
 */
public record FunctionSpec(
    String name,
    String handler,
    int memoryMb,
    int timeoutSeconds,
    Architecture architecture,
    int ephemeralStorageMb,
    String description,
    Map<String, String> environment,
    List<TriggerSpec> triggers,
    TrafficSpec traffic,
    BigDecimal monthlyBudgetUsd,
    int provisionedConcurrency,
    FunctionUrlSpec functionUrl,
    boolean snapStart,
    List<String> errorNames,
    CorsSpec cors) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern ENV_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
  private static final Pattern HANDLER = Pattern.compile("\\S{1,128}");

  public FunctionSpec {
    Checks.notNull(name, "function name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "function name '" + name + "' must be 1..64 characters of [A-Za-z0-9_-]");
    }
    String where = "function '" + name + "': ";
    Checks.notNull(handler, where + "handler");
    if (!HANDLER.matcher(handler).matches()) {
      throw new IllegalArgumentException(
          where + "handler '" + handler + "' must be 1..128 characters without whitespace");
    }
    Checks.range(memoryMb, 128, 10_240, where + "memoryMb");
    Checks.range(timeoutSeconds, 1, 900, where + "timeoutSeconds");
    Checks.notNull(architecture, where + "architecture");
    Checks.range(ephemeralStorageMb, 512, 10_240, where + "ephemeralStorageMb");
    description = description == null ? "" : description;
    Map<String, String> env = new LinkedHashMap<>();
    if (environment != null) {
      environment.forEach((k, v) -> {
        if (k == null || !ENV_NAME.matcher(k).matches()) {
          throw new IllegalArgumentException(
              where + "environment variable name '" + k + "' must match [a-zA-Z][a-zA-Z0-9_]*");
        }
        env.put(k, Checks.notNull(v, where + "value of environment variable " + k));
      });
    }
    environment = Collections.unmodifiableMap(env);
    List<TriggerSpec> sorted = new ArrayList<>();
    if (triggers != null) {
      for (TriggerSpec t : triggers) {
        sorted.add(Checks.notNull(t, where + "trigger"));
      }
    }
    sorted.sort(TriggerSpec.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (TriggerSpec.ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        throw new IllegalArgumentException(where + "duplicate trigger " + sorted.get(i));
      }
    }
    triggers = List.copyOf(sorted);
    traffic = traffic == null ? TrafficSpec.UNKNOWN : traffic;
    if (traffic.averageDurationMs() > timeoutSeconds * 1000L) {
      throw new IllegalArgumentException(
          where + "traffic averageDurationMs " + traffic.averageDurationMs()
              + " exceeds the timeout of " + timeoutSeconds + " s");
    }
    monthlyBudgetUsd =
        monthlyBudgetUsd == null ? BigDecimal.ZERO : monthlyBudgetUsd.stripTrailingZeros();
    if (monthlyBudgetUsd.signum() < 0) {
      throw new IllegalArgumentException(
          where + "monthlyBudgetUsd must not be negative, got " + monthlyBudgetUsd);
    }
    Checks.range(provisionedConcurrency, 0, MAX_PROVISIONED_CONCURRENCY,
        where + "provisionedConcurrency");
    errorNames = errorNames == null ? List.of() : List.copyOf(new java.util.TreeSet<>(errorNames));
    for (String errorName : errorNames) {
      if (errorName.isEmpty() || errorName.length() > MAX_ERROR_NAME_LENGTH) {
        throw new IllegalArgumentException(where + "error name '" + errorName + "' must be 1.."
            + MAX_ERROR_NAME_LENGTH + " characters");
      }
    }
    if (snapStart && provisionedConcurrency > 0) {
      throw new IllegalArgumentException(where + "SnapStart does not support provisioned concurrency"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)");
    }
    if (snapStart && ephemeralStorageMb > SNAPSTART_MAX_EPHEMERAL_STORAGE_MB) {
      throw new IllegalArgumentException(where + "SnapStart does not support ephemeral storage above "
          + SNAPSTART_MAX_EPHEMERAL_STORAGE_MB + " MB, got " + ephemeralStorageMb
          + " (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)");
    }
  }

  /**
   * A function without CORS and without error names (the canonical constructor before {@code
   * errorNames} and {@code cors} were added).
   */
  public FunctionSpec(String name, String handler, int memoryMb, int timeoutSeconds,
      Architecture architecture, int ephemeralStorageMb, String description,
      Map<String, String> environment, List<TriggerSpec> triggers, TrafficSpec traffic,
      BigDecimal monthlyBudgetUsd, int provisionedConcurrency, FunctionUrlSpec functionUrl,
      boolean snapStart) {
    this(name, handler, memoryMb, timeoutSeconds, architecture, ephemeralStorageMb, description,
        environment, triggers, traffic, monthlyBudgetUsd, provisionedConcurrency, functionUrl,
        snapStart, List.of(), null);
  }

  /**
   * The longest error name a state's {@code ErrorEquals} matches: a {@code TaskFailed} event's {@code
   * error} holds up to 256 characters
   * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_TaskFailedEventDetails.html).
   */
  public static final int MAX_ERROR_NAME_LENGTH = 256;

  /**
   * The largest ephemeral storage SnapStart supports
   * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
   */
  public static final int SNAPSTART_MAX_EPHEMERAL_STORAGE_MB = 512;

  /**
   * Whether the function is deployed behind the alias {@code live} (SAM's {@code AutoPublishAlias}):
   * provisioned concurrency and SnapStart both apply to published versions only, so its triggers
   * invoke the alias.
   */
  public boolean hasAlias() {
    return isProvisioned() || snapStart;
  }

  /** A function without function URL settings and without SnapStart (see the canonical constructor). */
  public FunctionSpec(String name, String handler, int memoryMb, int timeoutSeconds,
      Architecture architecture, int ephemeralStorageMb, String description,
      Map<String, String> environment, List<TriggerSpec> triggers, TrafficSpec traffic,
      BigDecimal monthlyBudgetUsd, int provisionedConcurrency) {
    this(name, handler, memoryMb, timeoutSeconds, architecture, ephemeralStorageMb, description,
        environment, triggers, traffic, monthlyBudgetUsd, provisionedConcurrency, null, false, List.of(), null);
  }

  /**
   * The most provisioned concurrency a default account can configure: its 1,000 concurrent
   * executions minus the 100 Lambda keeps unreserved
   * (https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html).
   */
  public static final int MAX_PROVISIONED_CONCURRENCY = 900;

  /** Whether the function has provisioned concurrency (then it is deployed behind an alias). */
  public boolean isProvisioned() {
    return provisionedConcurrency > 0;
  }

  /** Starts a builder with the annotation defaults (512 MB, 10 s, x86_64, 512 MB storage). */
  public static Builder builder(String name, String handler) {
    return new Builder(name, handler);
  }

  /**
   * The CloudFormation logical ID, derived deterministically from the name: each run of letters
   * and digits is capitalised and joined, then {@code Function} is appended ({@code getOrder}
   * becomes {@code GetOrderFunction}, {@code list-orders_v2} becomes {@code ListOrdersV2Function}).
   */
  public String logicalId() {
    return logicalIdOf(name);
  }

  /** The template's logical ID of the function named {@code name}, e.g. {@code ReserveStockFunction}. */
  public static String logicalIdOf(String name) {
    StringBuilder id = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        id.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return id.append("Function").toString();
  }

  /** Builder for {@link FunctionSpec}; defaults match the {@code @Function} annotation. */
  public static final class Builder {
    private final String name;
    private final String handler;
    private int memoryMb = 512;
    private int timeoutSeconds = 10;
    private Architecture architecture = Architecture.X86_64;
    private int ephemeralStorageMb = 512;
    private String description = "";
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<TriggerSpec> triggers = new ArrayList<>();
    private TrafficSpec traffic = TrafficSpec.UNKNOWN;
    private BigDecimal monthlyBudgetUsd = BigDecimal.ZERO;
    private int provisionedConcurrency;
    private FunctionUrlSpec functionUrl;
    private boolean snapStart;
    private List<String> errorNames = List.of();
    private CorsSpec cors;

    private Builder(String name, String handler) {
      this.name = name;
      this.handler = handler;
    }

    public Builder memoryMb(int value) {
      this.memoryMb = value;
      return this;
    }

    public Builder timeoutSeconds(int value) {
      this.timeoutSeconds = value;
      return this;
    }

    public Builder architecture(Architecture value) {
      this.architecture = value;
      return this;
    }

    public Builder ephemeralStorageMb(int value) {
      this.ephemeralStorageMb = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder env(String key, String value) {
      this.environment.put(key, value);
      return this;
    }

    public Builder trigger(TriggerSpec value) {
      this.triggers.add(value);
      return this;
    }

    public Builder traffic(TrafficSpec value) {
      this.traffic = value;
      return this;
    }

    public Builder monthlyBudgetUsd(BigDecimal value) {
      this.monthlyBudgetUsd = value;
      return this;
    }

    public Builder provisionedConcurrency(int value) {
      this.provisionedConcurrency = value;
      return this;
    }

    public Builder functionUrl(FunctionUrlSpec value) {
      this.functionUrl = value;
      return this;
    }

    public Builder snapStart(boolean value) {
      this.snapStart = value;
      return this;
    }

    public Builder errorNames(List<String> value) {
      this.errorNames = value;
      return this;
    }

    public Builder cors(CorsSpec value) {
      this.cors = value;
      return this;
    }

    public FunctionSpec build() {
      return new FunctionSpec(name, handler, memoryMb, timeoutSeconds, architecture,
          ephemeralStorageMb, description, environment, triggers, traffic, monthlyBudgetUsd,
          provisionedConcurrency, functionUrl, snapStart, errorNames, cors);
    }
  }
}
