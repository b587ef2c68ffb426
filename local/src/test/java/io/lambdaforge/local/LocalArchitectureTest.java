package io.lambdaforge.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.family.sdk.SdkFamily;
import io.lambdaforge.local.planted.ComparesASourceConstant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The local module's source-family seam stays true: source constants are named only in a family
 * package ({@code io.lambdaforge.local.family.<name>}) or the registry {@link SourceFamilies}, and
 * no family package depends on another. Each rule is also run against planted violations (test
 * classes, imported apart from the main classes) to prove it can fail.
 */
class LocalArchitectureTest {
  private static final String FAMILIES = "io.lambdaforge.local.family.";
  private static final Set<String> CONSTANTS = Set.of("ALB", "API_GATEWAY_REST", "API_GATEWAY_HTTP", "SDK");
  private static final Set<String> ENUMS = Set.of(Source.class.getName(), TriggerSource.class.getName());

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.lambdaforge.local");

  /** A class of a family package, or the registry (nested and synthetic classes included). */
  private static final DescribedPredicate<JavaClass> FAMILY_OR_REGISTRY =
      DescribedPredicate.describe("a family package or the registry", c ->
          c.getPackageName().startsWith(FAMILIES)
              || c.getName().equals(SourceFamilies.class.getName())
              || c.getName().startsWith(SourceFamilies.class.getName() + "$"));

  private static final DescribedPredicate<JavaFieldAccess> SOURCE_CONSTANT =
      DescribedPredicate.describe("a source constant (Source/TriggerSource ALB, API_GATEWAY_*, SDK)", access ->
          ENUMS.contains(access.getTarget().getOwner().getName()) && CONSTANTS.contains(access.getTarget().getName()));

  static final ArchRule CONSTANTS_ONLY_IN_FAMILIES = noClasses()
      .that(DescribedPredicate.not(FAMILY_OR_REGISTRY))
      .should().accessFieldWhere(SOURCE_CONSTANT)
      .because("the core asks SourceFamilies instead of comparing or switching on sources (issue 21)");

  static final ArchRule FAMILIES_INDEPENDENT = slices()
      .matching("io.lambdaforge.local.family.(*)..")
      .should().notDependOnEachOther()
      .because("a family is added or removed as one package");

  @Test
  void theMainClassesAreImported() {
    assertTrue(MAIN.contain(SourceFamilies.class), "the main classes must be under test");
    assertTrue(MAIN.contain(SdkFamily.class));
    assertTrue(MAIN.stream().noneMatch(c -> c.getPackageName().contains("planted")), "no test classes");
  }

  @Test
  void sourceConstantsAreNamedOnlyInFamiliesAndTheRegistry() {
    CONSTANTS_ONLY_IN_FAMILIES.check(MAIN);
  }

  @Test
  void familyPackagesDoNotDependOnEachOther() {
    FAMILIES_INDEPENDENT.check(MAIN);
  }

  @Test
  void aConstantComparedOrSwitchedOnInTheCoreFailsTheRule() {
    JavaClasses planted = new ClassFileImporter().importPackages("io.lambdaforge.local.planted");
    AssertionError failure = assertThrows(AssertionError.class, () -> CONSTANTS_ONLY_IN_FAMILIES.check(planted));
    String report = failure.getMessage();
    assertTrue(report.contains(ComparesASourceConstant.class.getName() + ".isDirect("), report);
    // javac puts the switch's table in the synthetic ComparesASourceConstant$1: same package, caught too.
    assertTrue(report.contains("API_GATEWAY_HTTP"), report);
  }

  @Test
  void aFamilyUsingAnotherFailsTheRule() throws ClassNotFoundException {
    JavaClasses planted = new ClassFileImporter().importClasses(
        Class.forName("io.lambdaforge.local.family.http.PlantedHttpUsesSdk"), SdkFamily.class);
    AssertionError failure = assertThrows(AssertionError.class, () -> FAMILIES_INDEPENDENT.check(planted));
    assertTrue(failure.getMessage().contains("PlantedHttpUsesSdk"), failure.getMessage());
  }
}
