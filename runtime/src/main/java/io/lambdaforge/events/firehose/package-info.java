/**
 * What a Kinesis Data Firehose transformation function sees: {@link
 * io.lambdaforge.events.firehose.FirehoseRecord}, one record of a delivery stream's batch, and
 * {@link io.lambdaforge.events.firehose.FirehoseResult}, the result of transforming it. Contract:
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html and
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html.
 */
package io.lambdaforge.events.firehose;
