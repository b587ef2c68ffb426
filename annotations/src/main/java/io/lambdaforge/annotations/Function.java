package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a method is an AWS Lambda function.
 *
 * <p>At compile time the Lambdaforge processor validates every attribute against the Lambda and
 * trigger limits, generates one invocation adapter (a {@code RequestStreamHandler}) per function
 * and adds the function to the deployment descriptor with a monthly cost estimate.
 *
 * <pre>{@code
 * @Function(memory = 512, timeout = 10,
 *           triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = "GET", path = "/orders/{id}"))
 * public Order getOrder(@PathParam("id") String id) { ... }
 * }</pre>
 *
 * <p>The method is {@code public}, not {@code abstract}, and either {@code static} or an instance
 * method of a top-level or static nested class with a public no-argument constructor. One instance
 * of that class is created per execution environment, at init time, and reused.
 *
 * <p>Two diagnostics can be acknowledged with {@link SuppressWarnings} on the method:
 * {@code "lambdaforge:gateway-timeout"} (a timeout above the API Gateway integration cap, for
 * functions that knowingly outlive the HTTP call) and {@code "lambdaforge:budget-worst-case"}
 * (the worst-case monthly cost exceeds {@link #monthlyBudgetUsd()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Function {

  /**
   * The Lambda function name: 1 to 64 characters of {@code [A-Za-z0-9_-]}, unique in the
   * compilation. Empty (the default) means the method's name, e.g. {@code getOrder}.
   */
  String name() default "";

  /** Memory in MB, 128 to 10240. Lambda allocates CPU in proportion (one vCPU at 1769 MB). */
  int memory() default 512;

  /**
   * Timeout in seconds, 1 to 900. The default, 10, is below every gateway's integration cap (29 s
   * for API Gateway REST, 30 s for HTTP APIs).
   */
  int timeout() default 10;

  /** What invokes the function. Empty means direct (SDK/CLI) invoke only. */
  Trigger[] triggers() default {};

  /** The instruction set architecture. */
  Architecture architecture() default Architecture.X86_64;

  /** Size of {@code /tmp} in MB, 512 to 10240. Storage above 512 MB is billed. */
  int ephemeralStorage() default 512;

  /** The function's description in the deployment descriptor. */
  String description() default "";

  /** Environment variables; names must be valid and the total size at most 4 KB. */
  Env[] environment() default {};

  /** Expected traffic; input to the monthly cost estimate. Unset means the monthly cost is unknown. */
  Traffic traffic() default @Traffic;

  /**
   * Monthly budget in USD, 0 for none. An expected monthly cost above it is a compile error; a
   * worst case above it is a warning.
   */
  double monthlyBudgetUsd() default 0;

  /**
   * Provisioned concurrency: execution environments kept initialized all month, 0 (the default)
   * for none, at most 900 (a default account's concurrency quota of 1,000 minus the 100 that Lambda
   * keeps unreserved; https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html and
   * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). The template then
   * publishes a version behind the alias {@code live} (SAM {@code AutoPublishAlias}) with this
   * {@code ProvisionedConcurrencyConfig}; API Gateway events and ALB targets invoke the alias, and
   * direct invokes should name it as the qualifier. The cost estimate charges the configured
   * concurrency for the whole month (730 h) and bills the declared invocations at the
   * provisioned-concurrency duration price (https://aws.amazon.com/lambda/pricing/).
   */
  int provisionedConcurrency() default 0;

  /**
   * Lambda SnapStart (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html): the template
   * sets {@code SnapStart: {ApplyOn: PublishedVersions}} and publishes every version behind the
   * alias {@code live} (SAM {@code AutoPublishAlias}), which API Gateway events and ALB targets
   * invoke; direct invokes should name it as the qualifier. {@code -Alambdaforge.snapStart=true}
   * turns it on for every function of the compilation. SnapStart excludes provisioned concurrency
   * and ephemeral storage above 512 MB (compile errors {@code LF_SNAPSTART_PROVISIONED_CONCURRENCY}
   * and {@code LF_SNAPSTART_EPHEMERAL_STORAGE}). State that must be unique per execution
   * environment must not be created before the snapshot
   * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-uniqueness.html).
   */
  boolean snapStart() default false;
}
