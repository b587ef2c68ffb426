/**
 * The S3 Batch Operations family of the local tools: no front door (S3 invokes the function), a
 * sample invocation per schema version (aws-lambda-go's fixtures), recognition, the what-if
 * trigger.
 */
package io.lambdaforge.local.family.s3batch;
