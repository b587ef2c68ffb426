package io.lambdaforge.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.architecture.PlantedCoreUsesFamily;
import io.lambdaforge.processor.architecture.PlantedSourceComparison;
import io.lambdaforge.processor.architecture.PlantedTriggerSourceSwitch;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.http.PlantedHttpUsesSdk;
import io.lambdaforge.processor.family.sdk.SdkFamily;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's source-family seam true (issue 21): only the family packages and the
 * registry name a source constant, family packages do not see each other, the core reaches a
 * family only through the registry, and validation and generation stay apart. Each rule is also
 * run against planted violations in the test sources, imported apart from the main classes, to
 * prove it fails.
 */
class ProcessorArchitectureTest {
  private static final String PROCESSOR = "io.lambdaforge.processor";
  private static final String FAMILY_PACKAGES = PROCESSOR + ".family.*..";

  /** Every constant of both source enums: a new source is covered without touching this test. */
  private static final Set<String> CONSTANTS =
      Stream.concat(Arrays.stream(Source.values()), Arrays.stream(TriggerSource.values()))
          .map(Enum::name)
          .collect(Collectors.toSet());

  private static final DescribedPredicate<JavaFieldAccess> SOURCE_CONSTANT =
      DescribedPredicate.describe(
          "a constant of Source or TriggerSource",
          access ->
              (access.getTarget().getOwner().isEquivalentTo(Source.class)
                      || access.getTarget().getOwner().isEquivalentTo(TriggerSource.class))
                  && CONSTANTS.contains(access.getTarget().getName()));

  /** Rule 1: source constants only in family packages and the registry (switch tables included). */
  static final ArchRule CONSTANTS_IN_FAMILIES =
      noClasses()
          .that()
          .resideOutsideOfPackages(FAMILY_PACKAGES)
          .and()
          .doNotBelongToAnyOf(SourceFamilies.class)
          .should()
          .accessFieldWhere(SOURCE_CONSTANT)
          .because("a source's knowledge belongs to its family (docs/architecture.md)");

  /** Rule 2: family packages do not depend on each other. */
  static final ArchRule FAMILIES_INDEPENDENT =
      slices()
          .matching(PROCESSOR + ".family.(*)..")
          .should()
          .notDependOnEachOther()
          .because("families meet only through the seam (e.g. an AdapterEntry)");

  /** The core reaches a family only through the registry, its one registration line. */
  static final ArchRule CORE_ASKS_REGISTRY =
      noClasses()
          .that()
          .resideOutsideOfPackages(FAMILY_PACKAGES)
          .and()
          .doNotBelongToAnyOf(SourceFamilies.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(FAMILY_PACKAGES)
          .because("adding a family must be one package plus one line in SourceFamilies");

  /** Validation and code writing never see each other. */
  static final ArchRule VALIDATE_WITHOUT_GENERATE =
      noClasses()
          .that()
          .resideInAPackage(PROCESSOR + ".validate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PROCESSOR + ".generate..");

  static final ArchRule GENERATE_WITHOUT_VALIDATE =
      noClasses()
          .that()
          .resideInAPackage(PROCESSOR + ".generate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PROCESSOR + ".validate..");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PROCESSOR);
  }

  @Test
  void sourceConstantsOnlyInFamiliesAndRegistry() {
    CONSTANTS_IN_FAMILIES.check(main);
  }

  @Test
  void familiesDoNotDependOnEachOther() {
    FAMILIES_INDEPENDENT.check(main);
  }

  @Test
  void coreReachesFamiliesOnlyThroughRegistry() {
    CORE_ASKS_REGISTRY.check(main);
  }

  @Test
  void validateAndGenerateStayApart() {
    VALIDATE_WITHOUT_GENERATE.check(main);
    GENERATE_WITHOUT_VALIDATE.check(main);
  }

  @Test
  void comparingASourceConstantOutsideFamiliesFails() {
    JavaClasses planted = new ClassFileImporter().importClasses(PlantedSourceComparison.class);
    assertViolation(CONSTANTS_IN_FAMILIES, planted, "PlantedSourceComparison", "Source.ALB");
  }

  @Test
  void switchingOnATriggerSourceOutsideFamiliesFails() {
    // javac puts the switch table in the synthetic PlantedTriggerSourceSwitch$1, same package.
    JavaClasses planted =
        new ClassFileImporter()
            .importPackagesOf(PlantedTriggerSourceSwitch.class)
            .that(DescribedPredicate.describe(
                "the planted switch", c -> c.getName().startsWith(PlantedTriggerSourceSwitch.class.getName())));
    assertViolation(CONSTANTS_IN_FAMILIES, planted, "PlantedTriggerSourceSwitch$1", "TriggerSource.SDK");
  }

  @Test
  void oneFamilyUsingAnotherFails() {
    JavaClasses planted =
        new ClassFileImporter().importClasses(PlantedHttpUsesSdk.class, SdkFamily.class);
    assertViolation(FAMILIES_INDEPENDENT, planted, "PlantedHttpUsesSdk", "SdkFamily");
  }

  @Test
  void coreUsingAFamilyDirectlyFails() {
    JavaClasses planted =
        new ClassFileImporter().importClasses(PlantedCoreUsesFamily.class, SdkFamily.class);
    assertViolation(CORE_ASKS_REGISTRY, planted, "PlantedCoreUsesFamily", "SdkFamily");
  }

  /** The rule fails on {@code planted}, naming the offending class and what it reached. */
  private static void assertViolation(ArchRule rule, JavaClasses planted, String offender, String reached) {
    AssertionError error = assertThrows(AssertionError.class, () -> rule.check(planted));
    assertTrue(error.getMessage().contains(offender), error::getMessage);
    assertTrue(error.getMessage().contains(reached), error::getMessage);
  }
}
