package org.gainsay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gainsay.Article;

/**
 * Reads articles from files: {@code .txt} (the first non-blank line is the title, the rest the text) and
 * {@code .jsonl} (one JSON object a line: {@code id, outlet, url, published, title, text}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleFiles() {}

  /** A file that cannot be read as articles; the message names the file and line. */
  public static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
      super(message);
    }
  }

  public static List<Article> read(Path file, String outlet) throws BadInputException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String content = readUtf8(file);
    if (name.endsWith(".jsonl")) {
      return parseJsonl(file.toString(), content);
    }
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return List.of(parseTxt(file.toString(), stem, outlet != null ? outlet : stem, content));
  }

  static String readUtf8(Path file) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": is not UTF-8 text (binary or another encoding); convert it to UTF-8");
    }
  }

  /** A .txt article: title on the first non-blank line, text after it. */
  public static Article parseTxt(String where, String id, String outlet, String content) throws BadInputException {
    String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
    c = c.replace("\r\n", "\n");
    int i = 0;
    while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
      i++;
    }
    if (i == c.length()) {
      throw new BadInputException(where + ": is empty: an article needs a title line and text");
    }
    int eol = c.indexOf('\n', i);
    String title = (eol < 0 ? c.substring(i) : c.substring(i, eol)).strip();
    String text = eol < 0 ? "" : c.substring(eol + 1);
    if (text.isBlank()) {
      throw new BadInputException(where + ": has a title line but no text after it");
    }
    return new Article(id, outlet, title, text, null, null);
  }

  /** A .jsonl file: one article a line; blank lines are skipped. */
  public static List<Article> parseJsonl(String where, String content) throws BadInputException {
    List<Article> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String at = where + ":" + (n + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BadInputException(at + ": not a JSON object: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new BadInputException(at + ": cannot read: " + e.getMessage());
      }
      if (node == null || !node.isObject()) {
        throw new BadInputException(at + ": not a JSON object");
      }
      String id = text(node, "id");
      String text = text(node, "text");
      if (id == null || id.isBlank()) {
        throw new BadInputException(at + ": has no \"id\"");
      }
      if (text == null || text.isBlank()) {
        throw new BadInputException(at + ": article " + id + " has no \"text\"");
      }
      LocalDate published = null;
      String date = text(node, "published");
      if (date != null && !date.isBlank()) {
        try {
          published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
          throw new BadInputException(at + ": \"published\" is " + date + ", not a date like 2020-01-15");
        }
      }
      out.add(new Article(id, text(node, "outlet"), text(node, "title"), text, published, text(node, "url")));
    }
    if (out.isEmpty()) {
      throw new BadInputException(where + ": holds no articles");
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
