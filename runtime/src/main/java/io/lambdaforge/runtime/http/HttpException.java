package io.lambdaforge.runtime.http;

/**
 * Thrown by a function to answer with an error status: the client receives {@code status} and the
 * JSON body {@code {"message": message}}. Nothing else of the exception (class, cause, stack
 * trace) is sent.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status an error status, 400 to 599
   * @param message the client-facing message; keep secrets out of it
   */
  public HttpException(int status, String message) {
    this(status, message, null);
  }

  /** As {@link #HttpException(int, String)}, with a cause that is logged, never sent. */
  public HttpException(int status, String message, Throwable cause) {
    super(message, cause);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "HttpException status must be 400..599, got " + status + "; return an HttpResponse for other statuses");
    }
    this.status = status;
  }

  /** The HTTP status sent to the client. */
  public int status() {
    return status;
  }
}
