package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One intent handler of the Amazon Lex V2 bot whose function is declared in the same class: the
 * {@link Function} method with a {@link Source#LEX_V2} trigger. A bot alias and locale call exactly
 * one Lambda function for all their intents
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-attach.html), so every {@code @Intent} method
 * of the class is dispatched to by that function's one generated adapter, and the {@code @Function}
 * method itself answers every intent no {@code @Intent} method handles (Lex's {@code FallbackIntent}
 * included).
 *
 * <pre>{@code
 * @Intent("BookHotel")
 * public LexResponse bookHotel(LexEvent event, @Slot("CheckInDate") Optional<LocalDate> checkIn) { ... }
 * }</pre>
 *
 * <p>The method is {@code public}, returns {@code io.lambdaforge.events.lex.LexResponse} and takes
 * any of: the {@code LexEvent}, {@code @Slot} parameters and the Lambda {@code Context}. It is static
 * unless the {@code @Function} method is an instance method (both then run on the one instance).
 *
 * <p>In a class whose {@code @Function} has a {@link Source#ALEXA_SKILL} trigger, {@code @Intent}
 * names an intent of the Alexa skill's interaction model (e.g. {@code "GetNewFactIntent"}, {@code
 * "AMAZON.HelpIntent"}); the method returns {@code io.lambdaforge.events.alexa.AlexaResponse} and takes
 * the {@code AlexaRequest}, {@code @Slot} parameters and the {@code Context}; {@link #hook()} stays
 * {@code ANY}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Intent {
  /** The intent's name as the bot defines it, e.g. {@code "BookHotel"}; required. */
  String value();

  /**
   * Which code-hook calls this method answers (the event's {@code invocationSource}); a method for
   * one hook wins over a method for {@link Hook#ANY} of the same intent.
   */
  Hook hook() default Hook.ANY;

  /** The event's {@code invocationSource}. */
  enum Hook {
    /** Both code hooks. */
    ANY,
    /** {@code DialogCodeHook}: initialisation and validation at each turn. */
    DIALOG,
    /** {@code FulfillmentCodeHook}: fulfilling the intent once its slots are complete. */
    FULFILLMENT
  }
}
