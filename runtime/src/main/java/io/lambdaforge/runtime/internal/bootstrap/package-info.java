/**
 * Not API; may change without notice. The Lambda Runtime API loop behind
 * {@link io.lambdaforge.runtime.Bootstrap}.
 */
package io.lambdaforge.runtime.internal.bootstrap;
