/**
 * The direct-invoke (SDK) source family: its trigger and payload rules, the SDK-only adapter and
 * the {@code invokeSdk} entry it adds to another family's adapter.
 */
package io.lambdaforge.processor.family.sdk;
