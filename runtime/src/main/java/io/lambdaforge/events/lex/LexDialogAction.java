package io.lambdaforge.events.lex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A dialog action as the event carries it.
 *
 * @param type {@code Close}, {@code ConfirmIntent}, {@code Delegate}, {@code ElicitIntent},
 *     {@code ElicitSlot} or {@code None}
 * @param slotToElicit the slot being elicited, for {@code ElicitSlot}
 * @param slotElicitationStyle {@code Default}, {@code SpellByLetter} or {@code SpellByWord}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LexDialogAction(String type, String slotToElicit, String slotElicitationStyle) {}
