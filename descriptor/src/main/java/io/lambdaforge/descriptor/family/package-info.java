/**
 * The descriptor's source-family seam: {@link io.lambdaforge.descriptor.family.SourceFamily} is
 * what one family of trigger sources contributes to the deployment model (trigger normalisation
 * and application checks), the SAM template ({@link io.lambdaforge.descriptor.family.TemplateWiring}),
 * the cost estimate ({@link io.lambdaforge.descriptor.family.CostModel}) and the cost report;
 * {@link io.lambdaforge.descriptor.family.SourceFamilies} is the one registry that lists the
 * families. Each family lives in its own sub-package and depends on no other family.
 */
package io.lambdaforge.descriptor.family;
