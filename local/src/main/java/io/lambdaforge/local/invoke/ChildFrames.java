package io.lambdaforge.local.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The channel between the tool and a child JVM ({@code --isolation jvm}): over the child's stdin
 * and stdout, each message one frame of three length-prefixed blocks (a 4-byte big-endian length,
 * then the bytes): a JSON header (Jackson), a body (the event, or the function's output) and the
 * log the function wrote meanwhile.
 */
final class ChildFrames {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] NONE = new byte[0];
  /** Larger than Lambda's 6 MB payloads with room to spare; anything bigger is a broken channel. */
  private static final int MAX_BLOCK = 64 * 1024 * 1024;

  private ChildFrames() {}

  /** One message: its header, its body, and the log written since the last message. */
  record Frame(ObjectNode header, byte[] body, byte[] log) {
    Frame(ObjectNode header) {
      this(header, NONE, NONE);
    }
  }

  static void write(DataOutputStream out, Frame frame) throws IOException {
    block(out, JSON.writeValueAsBytes(frame.header()));
    block(out, frame.body());
    block(out, frame.log());
    out.flush();
  }

  /** The next frame, or null at the end of the stream (the other side is gone). */
  static Frame read(DataInputStream in) throws IOException {
    byte[] header;
    try {
      header = block(in);
    } catch (EOFException end) {
      return null;
    }
    if (!(JSON.readTree(header) instanceof ObjectNode node)) {
      throw new IOException("child JVM channel: a frame header is not a JSON object");
    }
    return new Frame(node, block(in), block(in));
  }

  private static void block(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] block(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_BLOCK) {
      throw new IOException("child JVM channel: a block of " + length + " bytes; the stream is corrupt");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
