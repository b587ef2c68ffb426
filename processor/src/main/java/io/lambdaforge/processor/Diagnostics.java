package io.lambdaforge.processor;

import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import javax.annotation.processing.Messager;

/** How both processor entry points print element diagnostics and describe unexpected failures. */
final class Diagnostics {
  private Diagnostics() {}

  /** Prints {@code report} on the narrowest position known. */
  static void print(Messager messager, Report report) {
    Position at = report.position();
    if (at.value() != null) {
      messager.printMessage(report.kind(), report.text(), at.element(), at.mirror(), at.value());
    } else if (at.mirror() != null) {
      messager.printMessage(report.kind(), report.text(), at.element(), at.mirror());
    } else {
      messager.printMessage(report.kind(), report.text(), at.element());
    }
  }

  /** A one-line description of an unexpected failure; never a stack trace. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return e.getClass().getSimpleName()
        + ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message);
  }
}
