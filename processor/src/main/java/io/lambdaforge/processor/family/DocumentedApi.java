package io.lambdaforge.processor.family;

import io.lambdaforge.annotations.Source;

/**
 * An API with its own OpenAPI 3.1 document.
 *
 * @param source the triggers' source whose routes the document describes
 * @param name the file name part, {@code openapi-<name>.json}
 * @param title the document's {@code info.title}
 */
public record DocumentedApi(Source source, String name, String title) {}
