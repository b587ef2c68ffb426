package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one family of trigger sources contributes to the descriptor. The core (model, template
 * writer, estimator, report) asks {@link SourceFamilies} for the family of a trigger and calls
 * these methods; it never compares source constants itself.
 */
public interface SourceFamily {
  /** A short name for messages and tests, e.g. {@code http}. */
  String name();

  /** The sources this family owns; every source belongs to exactly one family. */
  Set<TriggerSource> sources();

  /** Whether this family's sources route HTTP requests by method and path. */
  boolean routesByMethodAndPath();

  /**
   * The trigger fields a {@link io.lambdaforge.descriptor.model.TriggerSpec} of {@code source}
   * keeps: validated, and normalised where the source does not use a field.
   *
   * @throws IllegalArgumentException naming the field and what to write instead
   */
  TriggerFields normalise(TriggerSource source, TriggerFields given);

  /**
   * The authorizer kinds a route of {@code source} may reference ({@link
   * io.lambdaforge.descriptor.model.RouteAuth}); empty when its triggers take no authorizer.
   */
  default Set<AuthorizerKind> authorizerKinds(TriggerSource source) {
    return Set.of();
  }

  /** Whether a route of {@code source} may use IAM authorization ({@code AWS_IAM}). */
  default boolean acceptsIamAuth(TriggerSource source) {
    return false;
  }

  /** A fresh check of this family's triggers across one application (uniqueness rules). */
  default TriggerCheck newCheck() {
    return TriggerCheck.NONE;
  }

  /** How this family's triggers are wired into the SAM template. */
  default TemplateWiring template() {
    return TemplateWiring.NONE;
  }

  /** The charges this family's triggers add to the cost of {@code app}, at {@code catalog}. */
  default CostModel costModel(Application app, PricingCatalog catalog) {
    return CostModel.NONE;
  }

  /** Notes the cost report prints under its table, in order. */
  default List<String> reportNotes() {
    return List.of();
  }

  /**
   * The monthly cost of each front door that could serve {@code f}'s routes, for a family whose
   * sources are front doors (HTTP) and a function with known traffic on them; empty otherwise.
   */
  default Optional<FrontDoorCosts> frontDoors(FunctionSpec f, Application app, PricingCatalog catalog) {
    return Optional.empty();
  }
}
