package io.lambdaforge.local.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.invoke.LocalEnvironment;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalEnvironmentTest {
  @Test
  void listsDeclaredVariablesTheProcessDoesNotHave() {
    assertEquals(List.of("B", "C"), LocalEnvironment.notInProcess(
        Map.of("A", "1", "B", "2", "C", "3").entrySet().stream().sorted(Map.Entry.comparingByKey())
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x,
                java.util.LinkedHashMap::new)),
        Map.of("A", "1", "B", "other")));
  }

  @Test
  void outsideAnInvocationFallsBackToTheProcessEnvironment() {
    assertTrue(LocalEnvironment.current().isEmpty());
    assertEquals(System.getenv("PATH"), LocalEnvironment.get("PATH"));
  }

  @Test
  void theFunctionSeesItsDeclaredValuesOnItsThread() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalApp app = LocalApp.fromClassLoader(getClass().getClassLoader(), new PrintStream(log, true))) {
      String output = new String(((io.lambdaforge.local.invoke.InvocationResult.Success)
          app.load("echo").invoke("{}".getBytes())).output());
      assertTrue(output.contains("\"GREETING\":\"hello from echo\""), output);
      assertTrue(output.contains("\"LF_FIXTURE_STAGE\":\"test\""), output);
      assertTrue(log.toString().contains("GREETING=hello from echo"), log.toString());
      assertTrue(LocalEnvironment.current().isEmpty(), "nothing leaks to the caller's thread");
    }
  }
}
