package io.distconnect.orchestrator.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text PostgreSQL accepts and people can read: invalid UTF-8 and NUL (which a TEXT column rejects)
 * become U+FFFD. Only for display; the original bytes are kept separately.
 */
public final class TextPreview {

  private static final char REPLACEMENT = '\uFFFD';

  private TextPreview() {}

  public static String of(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return of(text);
    } catch (CharacterCodingException e) {
      // Cannot happen with REPLACE; fall back to the lenient constructor all the same.
      return of(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  public static String of(String text) {
    return text == null ? null : text.replace('\u0000', REPLACEMENT);
  }
}
