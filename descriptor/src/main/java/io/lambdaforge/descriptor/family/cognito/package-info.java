/** The Cognito user-pool family: trigger names, the pool-ARN parameter and the invoke permission. */
package io.lambdaforge.descriptor.family.cognito;
