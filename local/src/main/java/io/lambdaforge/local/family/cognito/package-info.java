/** The Cognito user-pool family of the local tools: a realistic event per trigger and its recognition. */
package io.lambdaforge.local.family.cognito;
