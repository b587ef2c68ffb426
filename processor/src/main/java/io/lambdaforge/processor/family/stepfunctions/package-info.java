/**
 * The Step Functions task source family: its rules (only trigger, task shape, error names), its
 * adapter (state input and token in, named errors and the 262,144-byte result out), the error
 * classes named by {@code @ErrorName} and the function's ASL fragment.
 */
package io.lambdaforge.processor.family.stepfunctions;
