/**
 * The SDK family: direct invoke through the AWS SDK or CLI. It has no route, nothing to wire in
 * the template and no charges beyond the Lambda invocations.
 */
package io.lambdaforge.descriptor.family.sdk;
