/** The Alexa skill family locally: skill requests for the function's skill ID and their recognition; no front door. */
package io.lambdaforge.local.family.alexa;
