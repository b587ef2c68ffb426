package io.lambdaforge.descriptor;

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
import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.http.HttpFamily;
import io.lambdaforge.descriptor.family.http.PlantedHttpUsesSdk;
import io.lambdaforge.descriptor.family.sdk.SdkFamily;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.planted.PlantedCoreCompare;
import io.lambdaforge.descriptor.planted.PlantedCoreSwitch;
import io.lambdaforge.descriptor.planted.PlantedCoreUsesFamily;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The source-family seam stays true (issue 21): only the family packages ({@code
 * io.lambdaforge.descriptor.family.<name>}) and the registry name source constants; family
 * packages do not depend on each other; the core reaches a family only through the registry. Each
 * rule is also checked against planted violations in the test sources, to show it can fail.
 */
class DescriptorArchitectureTest {
  private static final String FAMILY_PACKAGES = "io.lambdaforge.descriptor.family.*..";
  private static final Set<String> SOURCE_ENUMS =
      Set.of(TriggerSource.class.getName(), "io.lambdaforge.annotations.Source");
  private static final Set<String> CONSTANTS =
      Set.of("ALB", "API_GATEWAY_REST", "API_GATEWAY_HTTP", "SDK");

  /** The main classes of the module (target/classes); the planted test classes are not among them. */
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("io.lambdaforge.descriptor");

  private static final DescribedPredicate<JavaFieldAccess> SOURCE_CONSTANT =
      DescribedPredicate.describe("a source constant (ALB, API_GATEWAY_REST, API_GATEWAY_HTTP, SDK)",
          access -> SOURCE_ENUMS.contains(access.getTargetOwner().getName())
              && CONSTANTS.contains(access.getTarget().getName()));

  /** Rule 1: source constants are read only in family packages and the registry. */
  static final ArchRule CONSTANTS_ONLY_IN_FAMILIES = noClasses()
      .that().resideOutsideOfPackage(FAMILY_PACKAGES)
      .and().doNotHaveFullyQualifiedName(SourceFamilies.class.getName())
      .and().doNotHaveFullyQualifiedName(TriggerSource.class.getName())
      .should().accessFieldWhere(SOURCE_CONSTANT)
      .because("the core asks SourceFamilies instead of comparing or switching on sources");

  /** Rule 2: family packages are independent of each other. */
  static final ArchRule FAMILIES_INDEPENDENT = slices()
      .matching("io.lambdaforge.descriptor.family.(*)..")
      .should().notDependOnEachOther()
      .because("a family is one package that plugs in through the registry");

  /**
   * Rule 3: outside the family packages only the registry reaches a family's classes, and the
   * {@code TriggerSpec} shortcuts ({@code httpApi}, {@code restApi}, {@code alb}, {@code sdk}) kept
   * for callers delegate to their family's factories.
   */
  static final ArchRule CORE_GOES_THROUGH_REGISTRY = noClasses()
      .that().resideOutsideOfPackage(FAMILY_PACKAGES)
      .and().doNotHaveFullyQualifiedName(SourceFamilies.class.getName())
      .and().doNotHaveFullyQualifiedName(TriggerSpec.class.getName())
      .should().dependOnClassesThat().resideInAPackage(FAMILY_PACKAGES)
      .because("the core asks SourceFamilies, not a particular family");

  @Test
  void importsTheMainClasses() {
    assertTrue(MAIN.contain(SourceFamilies.class) && MAIN.contain(HttpFamily.class)
        && MAIN.contain(SdkFamily.class), "main classes imported");
    assertTrue(MAIN.stream().noneMatch(c -> c.getSimpleName().startsWith("Planted")),
        "planted classes are not part of the real check");
  }

  @Test
  void sourceConstantsOnlyInFamilyPackagesAndRegistry() {
    CONSTANTS_ONLY_IN_FAMILIES.check(MAIN);
  }

  @Test
  void familyPackagesDoNotDependOnEachOther() {
    FAMILIES_INDEPENDENT.check(MAIN);
  }

  @Test
  void coreReachesFamiliesOnlyThroughTheRegistry() {
    CORE_GOES_THROUGH_REGISTRY.check(MAIN);
  }

  @Test
  void aConstantComparedOrSwitchedOnInTheCoreFailsTheRule() {
    assertThrows(AssertionError.class, () -> CONSTANTS_ONLY_IN_FAMILIES.check(
        new ClassFileImporter().importClasses(PlantedCoreCompare.class)));
    // javac puts the switch's table in the synthetic PlantedCoreSwitch$1, same package.
    assertThrows(AssertionError.class, () -> CONSTANTS_ONLY_IN_FAMILIES.check(
        new ClassFileImporter().importPackagesOf(PlantedCoreSwitch.class)
            .that(DescribedPredicate.describe("the planted switch",
                c -> c.getName().startsWith(PlantedCoreSwitch.class.getName())))));
  }

  @Test
  void aFamilyUsingAnotherFamilyFailsTheRule() {
    assertThrows(AssertionError.class, () -> FAMILIES_INDEPENDENT.check(
        new ClassFileImporter().importClasses(PlantedHttpUsesSdk.class, SdkFamily.class)));
  }

  @Test
  void coreUsingAFamilyDirectlyFailsTheRule() {
    assertThrows(AssertionError.class, () -> CORE_GOES_THROUGH_REGISTRY.check(
        new ClassFileImporter().importClasses(PlantedCoreUsesFamily.class)));
  }
}
