package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One slot (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html).
 *
 * @param shape {@code Scalar} or {@code List}
 * @param value the value (of a list slot: the values joined)
 * @param values a list slot's values
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexSlot(String shape, LexSlotValue value, List<LexSlot> values) {}
