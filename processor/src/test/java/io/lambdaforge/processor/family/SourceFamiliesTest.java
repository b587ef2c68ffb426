package io.lambdaforge.processor.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry: every source has exactly one family, and the families keep their conventions. */
class SourceFamiliesTest {

  @Test
  void everySourceBelongsToExactlyOneFamily() {
    for (Source source : Source.values()) {
      long owners = SourceFamilies.all().stream().filter(f -> f.owns(source)).count();
      assertEquals(1, owners, source + " must belong to exactly one family");
      assertTrue(SourceFamilies.of(source).owns(source), source::name);
    }
  }

  @Test
  void everySourceMapsToTheDescriptorSourceOfTheSameName() {
    for (Source source : Source.values()) {
      TriggerSource mapped = SourceFamilies.of(source).triggerSource(source);
      assertEquals(source.name(), mapped.name());
    }
  }

  @Test
  void familyNamesAreUniqueAndTheirPackageName() {
    Set<String> names = new HashSet<>();
    for (SourceFamily family : SourceFamilies.all()) {
      assertTrue(names.add(family.name()), () -> "two families named " + family.name());
      assertEquals(
          SourceFamily.class.getPackageName() + "." + family.name(),
          family.getClass().getPackageName());
    }
  }

  @Test
  void documentedApisAreTheGatewaysWithTheirFileNamesAndTitles() {
    List<DocumentedApi> apis = SourceFamilies.documentedApis();
    assertEquals(
        List.of(
            new DocumentedApi(Source.API_GATEWAY_REST, "rest", "REST API"),
            new DocumentedApi(Source.API_GATEWAY_HTTP, "http", "HTTP API")),
        apis);
    apis.forEach(api -> assertTrue(SourceFamilies.of(api.source()).documentedApis().contains(api)));
  }
}
