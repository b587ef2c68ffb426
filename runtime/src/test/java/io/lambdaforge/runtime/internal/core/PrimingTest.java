package io.lambdaforge.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingTest {
  @Test
  void aFailingStepIsRecordedAndTheOthersStillRun() throws Exception {
    List<String> order = new ArrayList<>();
    int[] broken = {0};
    Priming priming = Priming.register("f", run -> {
      run.step("first", () -> order.add("first"));
      run.step("broken", () -> {
        broken[0]++;
        throw new IllegalStateException("sample refused");
      });
      run.step("third", () -> order.add("third"));
    }, () -> order.add("@Prime"));
    Priming.Run run = priming.prime();
    assertEquals(List.of("first", "third"), run.primed());
    assertEquals(List.of("broken: java.lang.IllegalStateException: sample refused"), run.failed());
    assertEquals(2 * Priming.DEFAULT_ROUNDS + 1, order.size(), "every good step runs once per round");
    assertEquals(List.of("first", "third"), order.subList(0, 2));
    assertEquals("@Prime", order.get(order.size() - 1), "the user's hook runs once, after the steps");
    assertEquals(1, broken[0], "a failed step is not repeated");
  }

  @Test
  void theRoundsCanBeSet() throws Exception {
    System.setProperty("lambdaforge.priming.rounds", "3");
    try {
      int[] runs = {0};
      Priming.register("f", run -> run.step("s", () -> runs[0]++), null).prime();
      assertEquals(3, runs[0]);
      System.setProperty("lambdaforge.priming.rounds", "0");
      assertEquals(1, Priming.rounds());
      System.setProperty("lambdaforge.priming.rounds", "many");
      assertEquals(Priming.DEFAULT_ROUNDS, Priming.rounds());
    } finally {
      System.clearProperty("lambdaforge.priming.rounds");
    }
  }

  @Test
  void theUsersHookFailureFailsTheCheckpoint() {
    IllegalStateException thrown = new IllegalStateException("no connection");
    Priming priming = Priming.register("f", null, () -> {
      throw thrown;
    });
    assertSame(thrown, assertThrows(IllegalStateException.class, () -> priming.beforeCheckpoint(null)));
  }

  @Test
  void restoresAreCounted() {
    Priming priming = Priming.register("f", null, null);
    priming.afterRestore(null);
    priming.afterRestore(null);
    assertEquals(2, priming.restores());
    assertTrue(priming.toString().contains("f"));
  }
}
