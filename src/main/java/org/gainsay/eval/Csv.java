package org.gainsay.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line breaks and doubled
 * quotes ({@code ""}); records end at CRLF or LF. A byte order mark is skipped. Nothing else is accepted, so a stray
 * quote inside an unquoted field or text after a closing quote is an error naming the line.
 *
 * <pre>{@code
 * Csv csv = Csv.parse("Body ID,articleBody\n1,\"Two lines,\nwith a \"\"quote\"\"\"\n");
 * csv.rows().get(0).get("articleBody");   // "Two lines,\nwith a \"quote\""
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the names of the columns, from the first record
 * @param rows the other records, each with the line it starts on
 */
public record Csv(List<String> header, List<Row> rows) {

  public Csv {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One record. {@code line} is the 1-based line of the text it starts on. */
  public record Row(int line, List<String> fields, Map<String, Integer> columns) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field of column {@code name}; an error naming the line when the record has no such field. */
    public String get(String name) {
      Integer i = columns.get(name);
      checkArgument(i != null, "no column %s: the columns are %s", name, columns.keySet());
      checkArgument(i < fields.size(), "line %s has %s fields, no field for column %s", line, fields.size(), name);
      return fields.get(i);
    }
  }

  /** A text that is not valid CSV; the message names the line. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
      super(message);
    }
  }

  /**
   * Parses {@code text}; the first record is the header. Blank lines between records are skipped.
   *
   * @throws FormatException when a quote is misplaced or a quoted field is never closed
   */
  public static Csv parse(String text) throws FormatException {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int n = text.length();
    List<String> record = new ArrayList<>();
    int recordLine = line;
    StringBuilder field = new StringBuilder();
    boolean atFieldStart = true;
    while (i <= n) {
      if (i == n) {
        if (!record.isEmpty() || field.length() > 0) {
          record.add(field.toString());
          records.add(record);
          lines.add(recordLine);
        }
        break;
      }
      char c = text.charAt(i);
      if (atFieldStart && c == '"') {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= n) {
            throw new FormatException("line " + quoteLine + ": a quoted field is never closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          field.append(q);
          i++;
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new FormatException("line " + line + ": text after the closing quote of a field");
        }
        atFieldStart = false;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        if (!record.isEmpty() || field.length() > 0 || !atFieldStart) {
          record.add(field.toString());
          records.add(record);
          lines.add(recordLine);
        }
        record = new ArrayList<>();
        field.setLength(0);
        atFieldStart = true;
        line++;
        recordLine = line;
      } else if (c == '"') {
        throw new FormatException("line " + line + ": a quote inside an unquoted field; quote the field and "
            + "double the quote");
      } else {
        field.append(c);
        atFieldStart = false;
        i++;
      }
    }
    if (records.isEmpty()) {
      throw new FormatException("line 1: no header: the file is empty");
    }
    List<String> header = records.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int k = 0; k < header.size(); k++) {
      columns.putIfAbsent(header.get(k).strip(), k);
    }
    Map<String, Integer> frozen = Map.copyOf(columns);
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      rows.add(new Row(lines.get(r), records.get(r), frozen));
    }
    return new Csv(header, rows);
  }

  /** Whether the header has a column of this name. */
  public boolean hasColumn(String name) {
    return header.stream().anyMatch(h -> h.strip().equals(name));
  }
}
