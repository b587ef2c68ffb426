/**
 * The Lambdaforge annotations: {@link io.lambdaforge.annotations.Function} on a method, its
 * {@link io.lambdaforge.annotations.Trigger}s, and the parameter binding annotations. These are
 * all a user compiles against; they carry no runtime dependency.
 */
package io.lambdaforge.annotations;
