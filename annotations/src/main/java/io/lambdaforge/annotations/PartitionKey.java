package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor of a {@link Source#FIREHOSE} transformation's result type as a partition key
 * of Firehose dynamic partitioning: the adapter writes its value, as text, to the record's {@code
 * metadata.partitionKeys} (https://docs.aws.amazon.com/firehose/latest/dev/dynamic-partitioning.html).
 * The accessor is public, takes no arguments and returns a value; a null value leaves the key out.
 * Two accessors may not share a key name.
 *
 * <pre>{@code
 * public record Line(@PartitionKey("service") String service, String message) {}
 * }</pre>
 *
 * <p>The processor reads the accessors at compile time; the generated adapter calls them through
 * method references, without reflection.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {
  /** The key's name in the S3 prefix ({@code !{partitionKeyFromLambda:name}}); empty means the accessor's name. */
  String value() default "";
}
