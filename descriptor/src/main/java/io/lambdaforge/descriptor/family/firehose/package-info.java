/**
 * The Firehose family of the descriptor: Amazon Data Firehose record transformation
 * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html). Its trigger has no
 * route; the template gives each transformation function the ARN to paste into the delivery
 * stream's {@code ProcessingConfiguration}; the cost report notes Firehose's own charges.
 */
package io.lambdaforge.descriptor.family.firehose;
