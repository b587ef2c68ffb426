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
    Priming priming = Priming.register("f", run -> {
      run.step("first", () -> order.add("first"));
      run.step("broken", () -> {
        throw new IllegalStateException("sample refused");
      });
      run.step("third", () -> order.add("third"));
    }, () -> order.add("@Prime"));
    Priming.Run run = priming.prime();
    assertEquals(List.of("first", "third"), run.primed());
    assertEquals(List.of("broken: java.lang.IllegalStateException: sample refused"), run.failed());
    assertEquals(List.of("first", "third", "@Prime"), order, "the user's hook runs after the steps");
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
