/**
 * Not API; may change without notice. The one Jackson configuration adapters and the local tools
 * share ({@link io.lambdaforge.runtime.internal.json.Json}), handed out only as immutable readers and
 * writers or as a copy.
 */
package io.lambdaforge.runtime.internal.json;
