package io.lambdaforge.runtime;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.core.Families;
import io.lambdaforge.runtime.internal.core.planted.CoreUsesHttp;
import io.lambdaforge.runtime.internal.http.planted.HttpUsesSdk;
import io.lambdaforge.runtime.planted.ComparesSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's source-family seam (docs/architecture.md): source constants are touched only by
 * the family packages and the registry, the families do not depend on each other, and the core
 * depends on no family but through the registry. The family packages come from the registry
 * ({@link Families#PACKAGES}), so a new family is checked as soon as it is registered. Each rule
 * is also run against planted violations in the test sources, to prove it can fail.
 */
class RuntimeArchitectureTest {
  private static final String CORE = "io.lambdaforge.runtime.internal.core";
  private static final Set<String> CONSTANTS = Set.of("ALB", "API_GATEWAY_REST", "API_GATEWAY_HTTP", "SDK");

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.lambdaforge.runtime");
  private static final JavaClasses PLANTED = new ClassFileImporter()
      .importClasses(ComparesSource.class, HttpUsesSdk.class, CoreUsesHttp.class);

  @Test
  void registryListsTheShippedFamiliesAndEverySource() {
    assertEquals(List.of("io.lambdaforge.runtime.internal.http", "io.lambdaforge.runtime.internal.sdk",
            "io.lambdaforge.runtime.internal.firehose", "io.lambdaforge.runtime.internal.cognito",
            "io.lambdaforge.runtime.internal.s3batch",
            "io.lambdaforge.runtime.internal.stepfunctions",
            "io.lambdaforge.runtime.internal.lex", "io.lambdaforge.runtime.internal.alexa"),
        Families.PACKAGES);
    assertEquals(true, MAIN.contain("io.lambdaforge.runtime.internal.core.Dispatch"), "main classes imported");
    for (Source source : Source.values()) {
      assertEquals(true, Families.PACKAGES.contains(Families.of(source)), source.name());
    }
  }

  @Test
  void sourceConstantsOnlyInFamilyPackagesAndTheRegistry() {
    sourceConstantsRule().check(MAIN);
    assertThrows(AssertionError.class, () -> sourceConstantsRule().check(PLANTED));
  }

  @Test
  void familyPackagesDoNotDependOnEachOther() {
    for (ArchRule rule : familyIndependenceRules()) {
      rule.check(MAIN);
    }
    assertThrows(AssertionError.class, () -> {
      for (ArchRule rule : familyIndependenceRules()) {
        rule.check(PLANTED);
      }
    });
  }

  @Test
  void coreDependsOnFamiliesOnlyThroughTheRegistry() {
    coreRule().check(MAIN);
    assertThrows(AssertionError.class, () -> coreRule().check(PLANTED));
  }

  /** Rule 1: comparing to or switching on ALB, API_GATEWAY_REST, API_GATEWAY_HTTP, SDK. */
  static ArchRule sourceConstantsRule() {
    return noClasses()
        .that(not(inFamilyPackage())).and(not(registry()))
        .should().accessFieldWhere(sourceConstant())
        .because("a source's knowledge lives in its family package; the core asks the registry");
  }

  /** Rule 2: one rule per family, against every other family. */
  static List<ArchRule> familyIndependenceRules() {
    List<ArchRule> rules = new ArrayList<>();
    for (String family : Families.PACKAGES) {
      String[] others = Families.PACKAGES.stream().filter(p -> !p.equals(family))
          .map(p -> p + "..").toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(family + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("family packages do not depend on each other"));
    }
    return rules;
  }

  /** Rule 3: the core (reader, seam, dispatch) knows no family; the registry is the exception. */
  static ArchRule coreRule() {
    return noClasses().that().resideInAPackage(CORE + "..").and(not(registry()))
        .should().dependOnClassesThat(inFamilyPackage())
        .because("the core composes families it is handed; only the registry lists them");
  }

  private static DescribedPredicate<JavaClass> inFamilyPackage() {
    return resideInAnyPackage(Families.PACKAGES.stream().map(p -> p + "..").toArray(String[]::new))
        .as("in a family package " + Families.PACKAGES);
  }

  /** The registry and its nested classes (javac's enum-switch table {@code Families$1}). */
  private static DescribedPredicate<JavaClass> registry() {
    String name = Families.class.getName();
    return DescribedPredicate.describe("the registry " + name,
        c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
  }

  private static DescribedPredicate<JavaFieldAccess> sourceConstant() {
    return DescribedPredicate.describe("a constant of " + Source.class.getName() + " " + CONSTANTS,
        access -> access.getTarget().getOwner().isEquivalentTo(Source.class)
            && CONSTANTS.contains(access.getTarget().getName()));
  }

  @Test
  void plantedViolationsAreEachReported() {
    // each planted class breaks exactly the rule named for it, so a rule that stopped matching shows
    assertThrows(AssertionError.class, () -> sourceConstantsRule()
        .check(new ClassFileImporter().importClasses(ComparesSource.class)));
    assertThrows(AssertionError.class, () -> familyIndependenceRules().get(0)
        .check(new ClassFileImporter().importClasses(HttpUsesSdk.class)));
    assertThrows(AssertionError.class, () -> coreRule()
        .check(new ClassFileImporter().importClasses(CoreUsesHttp.class)));
    Set<String> planted = Stream.of(ComparesSource.class, HttpUsesSdk.class, CoreUsesHttp.class)
        .map(Class::getName).collect(Collectors.toSet());
    assertEquals(Set.of(), MAIN.stream().map(JavaClass::getName).filter(planted::contains).collect(Collectors.toSet()),
        "planted classes leaked into the main import");
  }
}
