/**
 * The SDK family: a direct invoke through Lambda's Invoke API (the AWS SDK, the CLI, {@code
 * invoke}, {@code serve}'s Invoke API). It has no front door and no trigger; its event is whatever
 * payload the caller sends, {@code {}} when it sends none.
 */
package io.lambdaforge.local.family.sdk;
