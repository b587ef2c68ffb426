/** The Lex V2 family locally: the code-hook sample event and its recognition; no front door. */
package io.lambdaforge.local.family.lex;
