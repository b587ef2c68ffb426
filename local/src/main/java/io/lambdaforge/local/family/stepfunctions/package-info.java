/** The Step Functions task family of the local tools: sample state inputs and the waiting task's envelope. */
package io.lambdaforge.local.family.stepfunctions;
