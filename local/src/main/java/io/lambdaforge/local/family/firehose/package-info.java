/**
 * The Firehose family of the local tools: Amazon Data Firehose transformation batches have no
 * HTTP front door; {@code events}, {@code invoke} and {@code LocalLambda} run them as events.
 */
package io.lambdaforge.local.family.firehose;
