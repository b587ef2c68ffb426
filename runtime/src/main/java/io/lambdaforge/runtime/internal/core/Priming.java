package io.lambdaforge.runtime.internal.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;

/**
 * The SnapStart runtime hook of one generated adapter: a CRaC {@link Resource}
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-java.html) that the
 * adapter of a SnapStart function registers in its static initialiser. Before Lambda takes the
 * snapshot it runs the adapter's generated priming steps (each route's decode, bind and encode on
 * a synthetic event built at compile time, through a priming invoker that never calls the user's
 * method) and then the user's {@code @Prime} method, so the snapshot holds loaded, initialised and
 * partly compiled classes instead of cold ones. A first step ({@link FieldNamePriming}) compiles
 * the JSON parser's path for field names it has not seen, which a real request's own names take.
 *
 * <p>A failing generated step is logged and the others still run: priming is an optimisation, and
 * the snapshot must not fail because a synthetic sample was refused. An exception of the user's
 * {@code @Prime} method propagates, as one from the function's own initialisation would, so Lambda
 * reports it when it publishes the version.
 *
 * <p>After a restore ({@link #afterRestore}) nothing of the adapter needs re-seeding: priming uses
 * fixed sample values and a synthetic {@link com.amazonaws.services.lambda.runtime.Context}, never
 * random numbers, IDs, clocks or connections, and the adapter keeps none of them
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-uniqueness.html). The hook only
 * counts restores, which tests and the local priming benchmark read.
 */
public final class Priming implements Resource {
  /** The generated priming steps of one adapter. */
  @FunctionalInterface
  public interface Steps {
    void run(Run run) throws Exception;
  }

  /** One step, or the user's {@code @Prime} method. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /** What one priming run did: the names of the steps that ran and of those that failed. */
  public static final class Run {
    private final List<String> primed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    /** On a repeat round: the steps that succeeded in the first, the only ones run again. */
    private final List<String> repeat;

    private Run(List<String> repeat) {
      this.repeat = repeat;
    }

    /** Runs one named step; a failure is recorded (and later logged), never thrown. */
    public void step(String name, Step step) {
      if (repeat != null && !repeat.contains(name)) {
        return;
      }
      try {
        step.run();
        primed.add(name);
      } catch (Exception | LinkageError e) {
        failed.add(name + ": " + e);
      }
    }

    /** The steps that completed, in order. */
    public List<String> primed() {
      return List.copyOf(primed);
    }

    /** The steps that failed, each with its error, in order. */
    public List<String> failed() {
      return List.copyOf(failed);
    }
  }

  /** The default number of priming rounds; see {@link #rounds()}. */
  public static final int DEFAULT_ROUNDS = 1000;

  private final String function;
  private final Steps steps;
  private final Step hook;
  private volatile int restores;

  private Priming(String function, Steps steps, Step hook) {
    this.function = function;
    this.steps = steps;
    this.hook = hook;
  }

  /**
   * Registers the priming of function {@code function} with CRaC's global context and returns it;
   * the adapter keeps it in a static field, so it lives as long as the adapter class.
   *
   * @param steps the generated steps (null when the adapter has none)
   * @param hook the user's {@code @Prime} method (null when the class has none)
   */
  public static Priming register(String function, Steps steps, Step hook) {
    Priming priming = new Priming(function, steps, hook);
    Core.getGlobalContext().register(priming);
    return priming;
  }

  /**
   * Runs the generated steps, then the user's {@code @Prime} method, and logs one line: what
   * {@link #beforeCheckpoint} does. Also called by tests and the local priming benchmark.
   */
  public Run prime() throws Exception {
    Run run = new Run(null);
    String names = null;
    if (steps != null) {
      try {
        FieldNamePriming.run();
      } catch (IOException e) {
        names = "JSON field names: " + e;
      }
      steps.run(run);
      int rounds = rounds();
      for (int i = 1; i < rounds && !run.primed.isEmpty(); i++) {
        steps.run(new Run(run.primed));
      }
    }
    String summary = "[lambdaforge] " + function + ": primed " + run.primed.size() + " step(s)";
    if (!run.failed.isEmpty()) {
      summary += "; not primed: " + String.join("; ", run.failed);
    }
    if (names != null) {
      summary += "; not primed: " + names;
    }
    System.err.println(summary);
    if (hook != null) {
      hook.run();
    }
    return run;
  }

  /**
   * How many times the steps run: {@value #DEFAULT_ROUNDS} by default, so that the JIT compiles the
   * request path before the snapshot (HotSpot compiles a method after a few hundred calls; one
   * call only loads and initialises the classes); {@code LAMBDAFORGE_PRIMING_ROUNDS} (environment)
   * or {@code -Dlambdaforge.priming.rounds} overrides it, at least 1.
   */
  static int rounds() {
    String value = System.getProperty("lambdaforge.priming.rounds", System.getenv("LAMBDAFORGE_PRIMING_ROUNDS"));
    if (value == null) {
      return DEFAULT_ROUNDS;
    }
    try {
      return Math.max(1, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return DEFAULT_ROUNDS;
    }
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws Exception {
    prime();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    restores++;
  }

  /** How many times this environment was restored from a snapshot. */
  public int restores() {
    return restores;
  }

  @Override
  public String toString() {
    return "Priming[" + function + (hook == null ? "" : ", @Prime") + "]";
  }
}
