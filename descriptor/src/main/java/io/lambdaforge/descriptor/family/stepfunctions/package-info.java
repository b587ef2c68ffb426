/** The Step Functions task family of the descriptor: no route, no template wiring, Lambda's cost only. */
package io.lambdaforge.descriptor.family.stepfunctions;
