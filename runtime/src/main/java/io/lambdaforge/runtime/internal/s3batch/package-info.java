/**
 * Not API; may change without notice. The S3 Batch Operations family: {@link
 * io.lambdaforge.runtime.internal.s3batch.S3BatchHandler} claims an "Invoke AWS Lambda function"
 * invocation of either schema, builds one {@link io.lambdaforge.events.s3batch.S3BatchTask} per
 * task, calls the generated invoker once per task and answers with every {@code taskId} in the
 * schema that arrived. Generated adapters call {@link
 * io.lambdaforge.runtime.internal.s3batch.S3BatchAdapter#dispatch}. It does not depend on another
 * family's package.
 */
package io.lambdaforge.runtime.internal.s3batch;
