package io.lambdaforge.examples.hotel;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Intent;
import io.lambdaforge.annotations.Slot;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A hotel-booking Lex V2 bot (intents {@code BookHotel} with slots {@code Location}, {@code
 * CheckInDate}, {@code Nights}, {@code RoomType}; and {@code CancelBooking}). A bot alias and locale
 * call one function, so this class is one Lambda function, {@code hotelBot}: {@link #other} answers
 * what no {@code @Intent} method handles. Deploy with the alias ARN as {@code HotelBotBotAliasArn}
 * and attach the function to the alias's locale (docs/deploying.md).
 */
public class HotelBookingBot {
  static final List<String> CITIES = List.of("chicago", "new york", "seattle", "london");
  static final int MAX_NIGHTS = 30;

  /** The bot's function: every intent without a handler below ends here, politely. */
  @Function(
      name = "hotelBot",
      timeout = 10,
      memory = 512,
      triggers = @Trigger(source = Source.LEX_V2),
      traffic = @Traffic(invocationsPerMonth = 300_000, averageDurationMs = 30))
  public LexResponse other(LexEvent event) {
    return LexResponse.elicitIntent("I can book a hotel room or cancel a booking. What would you like to do?");
  }

  /**
   * Validation at each turn: an unknown city, a date in the past or too many nights are elicited
   * again with a reason; otherwise Lex goes on with the bot's own prompts.
   */
  @Intent(value = "BookHotel", hook = Intent.Hook.DIALOG)
  public LexResponse validateBooking(
      @Slot("Location") Optional<String> location,
      @Slot("CheckInDate") Optional<LocalDate> checkIn,
      @Slot("Nights") Optional<Integer> nights) {
    if (location.isPresent() && !CITIES.contains(location.get().toLowerCase(Locale.ROOT))) {
      return LexResponse.elicitSlot("Location", "We don't have hotels in " + location.get()
              + " yet. Try Chicago, New York, Seattle or London.")
          .withSlot("Location", null);
    }
    if (checkIn.isPresent() && checkIn.get().isBefore(today())) {
      return LexResponse.elicitSlot("CheckInDate", "That date has passed. When would you like to check in?")
          .withSlot("CheckInDate", null);
    }
    if (nights.isPresent() && (nights.get() < 1 || nights.get() > MAX_NIGHTS)) {
      return LexResponse.elicitSlot("Nights", "You can stay 1 to " + MAX_NIGHTS + " nights. How many nights?")
          .withSlot("Nights", null);
    }
    return LexResponse.delegate();
  }

  /** Fulfillment: the booking is made and remembered in the session. */
  @Intent(value = "BookHotel", hook = Intent.Hook.FULFILLMENT)
  public LexResponse book(
      @Slot("Location") Optional<String> location,
      @Slot("CheckInDate") Optional<LocalDate> checkIn,
      @Slot("Nights") Optional<Integer> nights,
      @Slot("RoomType") Optional<String> roomType) {
    if (location.isEmpty() || checkIn.isEmpty() || nights.isEmpty()) {
      return LexResponse.close(LexResponse.Outcome.Failed, "I'm missing some details; let's start again.");
    }
    String reference = "HB-" + Integer.toHexString((location.get() + checkIn.get() + nights.get()).hashCode() & 0xfffff)
        .toUpperCase(Locale.ROOT);
    return LexResponse.close(LexResponse.Outcome.Fulfilled,
            "Booked: " + nights.get() + " night(s) in " + location.get() + " from " + checkIn.get()
                + (roomType.map(r -> ", " + r.toLowerCase(Locale.ROOT) + " room").orElse("")) + ". Reference " + reference + ".")
        .withSessionAttribute("lastBooking", reference);
  }

  /** Cancels the booking of this session, if there is one. */
  @Intent("CancelBooking")
  public LexResponse cancel(LexEvent event) {
    String reference = event.sessionAttribute("lastBooking");
    return reference == null
        ? LexResponse.close(LexResponse.Outcome.Failed, "I don't see a booking in this conversation.")
        : LexResponse.close(LexResponse.Outcome.Fulfilled, "Booking " + reference + " is cancelled.")
            .withSessionAttribute("lastBooking", null);
  }

  LocalDate today() {
    return LocalDate.now(java.time.ZoneOffset.UTC);
  }
}
