/**
 * The typed contract of Amazon S3 Batch Operations' "Invoke AWS Lambda function" operation
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html): a {@code @Function} with
 * {@code @Trigger(source = Source.S3_BATCH)} handles one task, {@code S3BatchResult process(S3BatchTask
 * task)}. Its generated adapter reads both invocation schemas (1.0: bucket ARN; 2.0: bucket name,
 * user arguments, directory buckets), calls the method once per task, copies {@code invocationId}
 * and each {@code taskId} back and answers in the schema that arrived. Throw {@link
 * io.lambdaforge.events.s3batch.S3BatchTemporaryFailure} to have the task retried; any other
 * exception fails the task permanently.
 */
package io.lambdaforge.events.s3batch;
