/**
 * Not API; may change without notice. The Step Functions family: {@link
 * io.lambdaforge.runtime.internal.stepfunctions.TaskInput} reads a waiting task's envelope (state
 * input and token), {@link io.lambdaforge.runtime.internal.stepfunctions.TaskResult} holds the
 * result to the 262,144-byte limit, and {@link
 * io.lambdaforge.runtime.internal.stepfunctions.NamedErrors} turns a declared exception into the
 * generated error class named by its {@code @ErrorName}. Generated adapters call these directly:
 * a task's event has no envelope of its own to dispatch on.
 */
package io.lambdaforge.runtime.internal.stepfunctions;
