package io.lambdaforge.processor.auth;

import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.processor.diag.Position;

/**
 * One valid authorizer declaration of the compilation.
 *
 * @param spec what the deployment model holds
 * @param where the declaration, for diagnostics that name it
 * @param origin the declaring element as messages name it ({@code com.acme.Api}, {@code
 *     com.acme.Keys#check})
 * @param lambda the method's model for a {@code @LambdaAuthorizer}, else null
 */
public record AuthorizerDecl(
    AuthorizerSpec spec, Position where, String origin, LambdaAuthorizerModel lambda) {}
