/**
 * The local module's source-family seam: {@link io.lambdaforge.local.family.SourceFamily} says what
 * one family of sources contributes to {@code serve}, {@code invoke}, {@code events}, {@code cost}
 * and {@code LocalLambda}; {@link io.lambdaforge.local.family.FrontDoor} is the HTTP front door a
 * family's source puts before the function, when it has one; {@link
 * io.lambdaforge.local.family.SourceFamilies} is the one list of families. Each family lives in
 * its own sub-package and depends on none of the others.
 */
package io.lambdaforge.local.family;
