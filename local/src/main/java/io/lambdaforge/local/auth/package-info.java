/**
 * Authorization as the gateways enforce it locally, independent of any source: the local signing
 * key and the keys {@code serve} trusts, JWT and Cognito token verification, token minting, Lambda
 * authorizer answers and their TTL cache. Each source's answers, events and placements live in its
 * family package. Uses Nimbus JOSE+JWT, which stays in this tool: it never enters a handler jar.
 */
package io.lambdaforge.local.auth;
