package io.lambdaforge.runtime.internal.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The message for an event none of a function's families claims, when it has no catch-all. */
final class Refusal {
  private Refusal() {}

  static String message(String function, EventHandler[] families, byte[] event, int length) throws IOException {
    Set<String> accepted = new TreeSet<>();
    String got = null;
    List<String> kinds = new ArrayList<>();
    for (EventHandler family : families) {
      accepted.addAll(family.sources());
      kinds.add(family.kinds());
      if (got == null) {
        got = family.recognise(event, length);
      }
    }
    if (got == null) {
      got = "an event that is not " + String.join(" or ", kinds);
    }
    return "Function '" + function + "' received " + got + "; it accepts only " + accepted
        + " events. Add a @Trigger for that source (" + Families.catchAllHint() + ")";
  }
}
