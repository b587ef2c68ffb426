/**
 * The S3 Batch Operations family of the descriptor: the "Invoke AWS Lambda function" operation
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html). Its trigger
 * has no route; the template gives each such function the ARN a job's {@code LambdaInvoke}
 * operation names; the cost report notes S3 Batch Operations' own charges.
 */
package io.lambdaforge.descriptor.family.s3batch;
