/**
 * The S3 Batch Operations source family: the one method contract ({@code S3BatchResult
 * m(S3BatchTask)}, with an optional {@code Context}), its rules (only trigger, no HTTP attributes)
 * and its adapter, which hands the invocation to the runtime's S3 Batch handler.
 */
package io.lambdaforge.processor.family.s3batch;
