/**
 * The Firehose family: Amazon Data Firehose record transformation
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html). Its trigger and
 * method-shape rules, and the adapter that calls the method once per record through the runtime's
 * {@code FirehoseTransform}. Depends on no other family.
 */
package io.lambdaforge.processor.family.firehose;
