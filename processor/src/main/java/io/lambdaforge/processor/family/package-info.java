/**
 * The source-family seam: {@link io.lambdaforge.processor.family.SourceFamily} (what a family of
 * event sources contributes: trigger and shape rules, cross-function checks, its adapter or its
 * entry into another family's adapter, its deployment-model source, its OpenAPI documents) and
 * {@link io.lambdaforge.processor.family.SourceFamilies}, the one registry listing the families.
 * Only the family packages below and the registry name a {@code Source} constant.
 */
package io.lambdaforge.processor.family;
