package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one method of a class that warms the class's own clients and connections before Lambda
 * takes a SnapStart snapshot (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html). The
 * adapter of every SnapStart function of the class calls it in its CRaC {@code beforeCheckpoint}
 * hook (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-java.html), after the
 * generated priming of its routes; functions without SnapStart never call it.
 *
 * <p>Rules, checked at compile time: one {@code @Prime} method per class
 * ({@code LF_PRIME_DUPLICATE}); it takes no parameters, returns {@code void} and is not private
 * ({@code LF_PRIME_SIGNATURE}); it may throw anything, and a throw fails the snapshot as an
 * initialisation error would. A static method is called on the class; an instance method on the
 * instance the function itself runs on, so it needs instance {@code @Function} methods
 * ({@code LF_PRIME_INSTANCE}). A class with {@code @Prime} and no SnapStart function gets
 * {@code LF_PRIME_UNUSED}.
 *
 * <p>What it makes during the snapshot is shared by every environment resumed from it: open
 * connections may be stale after a restore, and nothing unique (IDs, secrets, random seeds) may be
 * made here (https://docs.aws.amazon.com/lambda/latest/dg/snapstart-uniqueness.html).
 *
 * <pre>{@code
 * @Prime
 * void warmUp() {
 *   dynamo.describeTable(r -> r.tableName(TABLE)); // loads and initialises the SDK client
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Prime {}
