/**
 * Not API; may change without notice. The packages under {@code io.lambdaforge.runtime.internal}
 * are called only by code the Lambdaforge processor generates and by the Lambdaforge local tools;
 * application code uses {@code io.lambdaforge.runtime.http} and {@link io.lambdaforge.runtime.Bootstrap}.
 */
package io.lambdaforge.runtime.internal;
