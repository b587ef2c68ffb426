package io.lambdaforge.processor.family.firehose;

/**
 * One {@code @PartitionKey} accessor of a transformation's result type, as the generator needs it.
 *
 * @param key the key's name in {@code metadata.partitionKeys}
 * @param accessor the accessor method's name
 */
record PartitionKeyAccessor(String key, String accessor) {}
