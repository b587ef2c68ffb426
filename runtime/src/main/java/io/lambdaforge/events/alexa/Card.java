package io.lambdaforge.events.alexa;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A card in the Alexa app (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html):
 * {@code Simple} (title, content) or {@code Standard} (title, text, image). "All of the text included
 * in a card cannot exceed 8000 characters. This includes the title, content, text, and image URLs";
 * an image URL is at most 2,000 characters. A card that breaks these rules is refused when it is built.
 *
 * @param type {@code Simple} or {@code Standard}
 * @param title the title
 * @param content the text of a {@code Simple} card
 * @param text the text of a {@code Standard} card
 * @param image the image of a {@code Standard} card
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(String type, String title, String content, String text, Image image) {
  /** The most characters of text a card holds, URLs included. */
  public static final int MAX_CHARACTERS = 8000;
  /** The longest image URL. */
  public static final int MAX_URL = 2000;

  public Card {
    Objects.requireNonNull(type, "type");
    if (!type.equals("Simple") && !type.equals("Standard")) {
      throw new IllegalArgumentException("card type is Simple or Standard, got \"" + type + "\"");
    }
    int total = Stream.of(title, content, text, image == null ? null : image.smallImageUrl(),
            image == null ? null : image.largeImageUrl())
        .mapToInt(s -> s == null ? 0 : s.length()).sum();
    if (total > MAX_CHARACTERS) {
      throw new IllegalArgumentException("an Alexa card holds at most " + MAX_CHARACTERS
          + " characters of text and URLs, got " + total);
    }
  }

  /** A {@code Simple} card. */
  public static Card simple(String title, String content) {
    return new Card("Simple", title, content, null, null);
  }

  /** A {@code Standard} card with an image (either URL may be null). */
  public static Card standard(String title, String text, String smallImageUrl, String largeImageUrl) {
    return new Card("Standard", title, null, text, new Image(smallImageUrl, largeImageUrl));
  }

  /**
   * A {@code Standard} card's image.
   *
   * @param smallImageUrl 720 x 480 pixels, at most 2,000 characters
   * @param largeImageUrl 1200 x 800 pixels, at most 2,000 characters
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Image(String smallImageUrl, String largeImageUrl) {
    public Image {
      for (String url : new String[] {smallImageUrl, largeImageUrl}) {
        if (url != null && url.length() > MAX_URL) {
          throw new IllegalArgumentException("an Alexa card image URL is at most " + MAX_URL + " characters, got " + url.length());
        }
      }
    }
  }
}
