/**
 * Not API; may change without notice. The source-family seam of the runtime: the bounded event
 * read ({@link io.lambdaforge.runtime.internal.core.EventBytes}), what a family contributes
 * ({@link io.lambdaforge.runtime.internal.core.EventHandler}), the composition a generated adapter
 * builds once ({@link io.lambdaforge.runtime.internal.core.Dispatch}: the first family that claims
 * the event, else the catch-all) and the registry of the families the runtime ships ({@link
 * io.lambdaforge.runtime.internal.core.Families}), and what several families share without naming
 * a source ({@link io.lambdaforge.runtime.internal.core.SlotValues}, {@link
 * io.lambdaforge.runtime.internal.core.JsonEvents}). Nothing here but the registry knows a source;
 * the families live in {@code internal.http} and {@code internal.sdk}.
 */
package io.lambdaforge.runtime.internal.core;
