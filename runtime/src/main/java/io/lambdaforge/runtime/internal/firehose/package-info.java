/**
 * Not API; may change without notice. The Firehose source family: Amazon Data Firehose's
 * record-transformation invocation (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
 * {@link io.lambdaforge.runtime.internal.firehose.FirehoseTransform} is what a generated adapter
 * holds; {@link io.lambdaforge.runtime.internal.firehose.FirehoseHandler} decodes the batch, calls
 * the generated per-record transformer once per record and writes the response within Lambda's
 * 6 MB limit ({@link io.lambdaforge.runtime.internal.firehose.ResponseBudget}). It does not depend
 * on another family's package.
 */
package io.lambdaforge.runtime.internal.firehose;
