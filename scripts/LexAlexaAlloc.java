import com.sun.management.ThreadMXBean;
import io.lambdaforge.events.alexa.AlexaResponse;
import io.lambdaforge.events.lex.LexResponse;
import io.lambdaforge.runtime.internal.alexa.AlexaAdapter;
import io.lambdaforge.runtime.internal.alexa.AlexaSlots;
import io.lambdaforge.runtime.internal.core.Dispatch;
import io.lambdaforge.runtime.internal.lex.LexAdapter;
import io.lambdaforge.runtime.internal.lex.LexSlots;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Allocation bytes per invocation of the Lex V2 and Alexa dispatch on the repository's samples (ThreadMXBean: load-independent). Run by scripts/lex-alexa-alloc. */
public class LexAlexaAlloc {
  public static void main(String[] args) throws Exception {
    Path events = Path.of(args[0]);
    byte[] lex = Files.readAllBytes(events.resolve("lexv2-event-dotnet.json"));
    byte[] alexa = Files.readAllBytes(events.resolve("alexa-intent-mycoloris-samcli.json"));
    Dispatch bot = LexAdapter.dispatch("bot", List.of(
        LexAdapter.route("TestAction", (e, c) -> LexSlots.value(e, "ActionDate", LocalDate.class).isEmpty()
            ? LexResponse.elicitSlot("ActionDate", "When?") : LexResponse.delegate())),
        (e, c) -> LexResponse.close(LexResponse.Outcome.Failed, "Sorry"));
    Dispatch skill = AlexaAdapter.dispatch("skill", "amzn1.ask.skill.987654321", List.of(
        AlexaAdapter.route("MyColorIsIntent", (r, c) -> AlexaResponse.tell("Your colour is " + AlexaSlots.value(r, "Color", String.class).orElse("?")))),
        (r, c) -> AlexaResponse.tell("Hi"));
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (String[] run : new String[][] {{"lex", "20000"}, {"alexa", "20000"}}) {
      Dispatch d = run[0].equals("lex") ? bot : skill;
      byte[] event = run[0].equals("lex") ? lex : alexa;
      int n = Integer.parseInt(run[1]);
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      for (int i = 0; i < n; i++) { out.reset(); d.handle(new ByteArrayInputStream(event), out, null); }
      long t = Thread.currentThread().getId();
      long before = mx.getThreadAllocatedBytes(t);
      for (int i = 0; i < n; i++) { out.reset(); d.handle(new ByteArrayInputStream(event), out, null); }
      long after = mx.getThreadAllocatedBytes(t);
      System.out.printf("%s: event %d bytes, response %d bytes, %d bytes allocated per invocation%n",
          run[0], event.length, out.size(), (after - before) / n);
    }
  }
}
