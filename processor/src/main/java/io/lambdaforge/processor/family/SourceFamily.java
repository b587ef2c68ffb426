package io.lambdaforge.processor.family;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.Optional;

/**
 * What one family of event sources contributes to the processor: which triggers and method shapes
 * it accepts, its diagnostics, its adapter (or its entry into another family's adapter), its part
 * of the deployment model and its extra documents. The core (reader, validator pipeline, generator
 * dispatch, descriptor) never names a source; it asks {@link SourceFamilies}, which lists every
 * family once. Implementations are stateless; {@link #crossCheck()} hands out the state a
 * compilation-wide check needs.
 */
public interface SourceFamily {
  /** The family's name, e.g. {@code http}: the last segment of its package. */
  String name();

  /** Whether {@code source} is one of this family's (each source belongs to exactly one). */
  boolean owns(Source source);

  /** Whether the function takes part in this family: it has one of its triggers, or the family serves functions without any. */
  boolean appliesTo(FunctionModel model);

  /** Whether a caller may invoke the function through Lambda's Invoke API with a JSON payload (it then gets a typed client). */
  default boolean invokedDirectly(FunctionModel model) {
    return false;
  }

  /** Checks trigger {@code index} of {@code model}, a trigger of one of this family's sources. */
  void checkTrigger(FunctionModel model, FunctionSite site, int index, List<Report> reports);

  /**
   * Checks the method's shape as far as this family is concerned: its own parameter bindings and
   * result types, both where it applies and where they are used without it. Runs for every function.
   */
  void checkShape(FunctionModel model, FunctionSite site, List<Report> reports);

  /**
   * Whether a trigger of {@code source} may name an authorizer ({@code @Trigger(authorizer)}) and
   * so takes the class's {@code @DefaultAuthorizer}; false unless the family says so.
   */
  default boolean takesAuthorizer(Source source) {
    return false;
  }

  /** What a trigger of {@code source}, which takes no authorizer, writes instead. */
  default String authorizerInstead(Source source) {
    return "remove authorizer and scopes";
  }

  /** A new check across the functions of one compilation (e.g. route conflicts). */
  default CrossCheck crossCheck() {
    return CrossCheck.NONE;
  }

  /**
   * The adapter of a function this family applies to and is the first to apply to in {@link
   * SourceFamilies}' order; {@code guests} are the entries of the other families that apply.
   * Empty when this family cannot host those guests.
   */
  Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests);

  /**
   * {@link #adapter(FunctionModel, List)} for a family whose generator needs facts the model does
   * not carry (e.g. the annotated accessors of a result type): it reads them from {@code site}
   * here and hands them to the generator, which still never sees {@code javax.lang.model}.
   */
  default Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests, FunctionSite site) {
    return adapter(model, guests);
  }

  /** This family's entry into another family's adapter, when it has one. */
  default Optional<AdapterEntry> entry(FunctionModel model) {
    return Optional.empty();
  }

  /** The deployment model's source of {@code source}, one of this family's. */
  TriggerSource triggerSource(Source source);

  /**
   * The deployment model's {@code path} of {@code trigger}: the route template for HTTP sources
   * (the default); a family without routes may name there what its trigger binds to (Cognito: the
   * user pool's {@code LambdaConfig} key, e.g. {@code PreSignUp}).
   */
  default String triggerPath(FunctionModel model, TriggerModel trigger) {
    return trigger.path();
  }

  /** The files this family writes next to the adapter of {@code model}, a function it applies to. */
  default List<FamilyFile> files(FunctionModel model) {
    return List.of();
  }

  /**
   * The error names {@code model}, a function this family applies to, reports to a caller that
   * matches them (Step Functions' {@code ErrorEquals}); functions.json lists them.
   */
  default List<String> errorNames(FunctionModel model) {
    return List.of();
  }

  /**
   * {@link #triggerPath(FunctionModel, TriggerModel)} with the declaration's {@code site} (null when
   * there is none), for a family whose trigger names something the class declares (Alexa: the
   * skill ID of the class's {@code @AlexaSkill}). Added with the Alexa family; the default ignores
   * the site.
   */
  default String triggerPath(FunctionModel model, TriggerModel trigger, FunctionSite site) {
    return triggerPath(model, trigger);
  }

  /** The APIs this family documents with an OpenAPI document, one per source. */
  default List<DocumentedApi> documentedApis() {
    return List.of();
  }
}
