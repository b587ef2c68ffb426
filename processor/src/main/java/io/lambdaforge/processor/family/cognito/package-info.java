/**
 * The Cognito user-pool source family: which trigger a method implements (from its parameter and
 * return types), its rules (5 s timeout, one function per trigger, no HTTP attributes) and its
 * adapter, which hands the event to the runtime's Cognito handler.
 */
package io.lambdaforge.processor.family.cognito;
