/**
 * Test helpers for applications built with Lambdaforge: {@link
 * io.lambdaforge.local.testing.LocalLambda} loads the application on the test class path (its
 * {@code META-INF/lambdaforge/functions.json}) and invokes its generated adapters in-process, with
 * raw events ({@link io.lambdaforge.local.testing.Invocation}) or HTTP-like requests through a
 * chosen gateway ({@link io.lambdaforge.local.testing.Request}, {@link
 * io.lambdaforge.local.testing.HttpResult}). Add {@code lambdaforge-local} with test scope.
 */
package io.lambdaforge.local.testing;
