package io.lambdaforge.local.family.firehose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.local.family.SourceFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The local Firehose family: its sample is the real Go fixture, and it recognises real batches only. */
class FirehoseFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");
  private final FirehoseFamily family = new FirehoseFamily();

  @Test
  void sampleIsAwsLambdaGosFixture() throws Exception {
    assertEquals(JSON.readTree(Files.readAllBytes(EVENTS.resolve("firehose-kinesis-source-go.json"))),
        family.sampleEvent(Source.FIREHOSE, Optional.empty()));
    assertInstanceOf(FirehoseFamily.class, SourceFamilies.of(Source.FIREHOSE));
  }

  @Test
  void recognisesFirehoseBatchesAndNothingElse() throws Exception {
    for (String name : new String[] {"firehose-kinesis-source-go.json", "firehose-streams-as-source-samcli.json",
        "firehose-apache-log-samcli.json"}) {
      assertEquals(Optional.of(Source.FIREHOSE), family.recognize(JSON.readTree(Files.readAllBytes(EVENTS.resolve(name)))), name);
    }
    for (String name : new String[] {"alb-single-value-headers-go.json", "apigw-v2-get-no-authorizer-go.json",
        "apigw-v1-proxy-post-java-libs.json"}) {
      assertEquals(Optional.empty(), family.recognize(JSON.readTree(Files.readAllBytes(EVENTS.resolve(name)))), name);
    }
  }

  @Test
  void whatIfTriggerIsARoutelessFirehoseTrigger() {
    assertEquals(TriggerSource.FIREHOSE, family.whatIfTrigger(Source.FIREHOSE).orElseThrow().source());
  }
}
