package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter of an HTTP-triggered {@link Function} to the request body: {@code String}
 * (decoded with the Content-Type charset), {@code byte[]} or {@code InputStream} (raw bytes, after
 * base64 decoding), or any other type, read from JSON with Jackson. At most one per method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
