package org.gainsay.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gainsay.text.Span;

/**
 * Reads the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018) from a directory the user gives: for a split,
 * {@code DIR/<split>/text/<article>.txt} and {@code DIR/<split>/attributions/<article>_<annotator>.ann} in brat
 * standoff format. {@code Attribution} and {@code Attribution-no-source} events tie together a {@code Source}, a
 * {@code Cue} and one or more {@code Content} text-bound annotations; discontinuous spans ({@code 10 20;25 30}) are
 * kept as several spans. When an article has several annotators, only the first annotation file in file-name order
 * is read, so every article counts once.
 *
 * <pre>{@code
 * List<PolnearCorpus.Document> dev = PolnearCorpus.load(Path.of("data/polnear"), PolnearCorpus.Split.DEV);
 * dev.get(0).attributions().size();
 * }</pre>
 *
 * <p>Thread-safe: it holds no state.
 */
public final class PolnearCorpus {
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t([^\\t ]+) ([0-9 ;]+)(?:\\t.*)?$");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");

  private PolnearCorpus() {}

  /** The subsets of the core corpus. */
  public enum Split {
    TRAIN, DEV, TEST;

    /** The directory name of the split ("dev"). */
    public String directory() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One article with its gold attributions.
   *
   * @param id the file stem ("nyt_2016-10-01_some-title")
   * @param annotator the annotator whose attributions these are
   * @param text the article text the spans refer to
   * @param attributions the gold attributions in file order
   */
  public record Document(String id, String annotator, String text, List<AttributionSpans> attributions) {
    public Document {
      attributions = List.copyOf(attributions);
    }

    /** The publisher code that opens the file name ("nyt"), used as the outlet. */
    public String publisher() {
      int u = id.indexOf('_');
      return u > 0 ? id.substring(0, u) : id;
    }
  }

  /**
   * Reads one split, articles in file-name order.
   *
   * @throws IOException when a file cannot be read; the message names it
   * @throws IllegalArgumentException when the directory is not a PolNeAR data directory or a file is malformed
   */
  public static List<Document> load(Path dir, Split split) throws IOException {
    return load(dir, split, 0);
  }

  /**
   * The articles of one split that two annotators or more marked, each with its second annotation in file-name
   * order (the one {@link #load} leaves out): scored against {@link #load}'s first, it measures how far two people
   * agree under the same matching.
   *
   * @throws IOException when a file cannot be read; the message names it
   * @throws IllegalArgumentException when the directory is not a PolNeAR data directory or a file is malformed
   */
  public static List<Document> loadSecondAnnotations(Path dir, Split split) throws IOException {
    return load(dir, split, 1);
  }

  private static List<Document> load(Path dir, Split split, int rank) throws IOException {
    Path base = dir.resolve(split.directory());
    Path textDir = base.resolve("text");
    Path annDir = base.resolve("attributions");
    checkArgument(Files.isDirectory(textDir) && Files.isDirectory(annDir),
        "%s is not a PolNeAR data directory: expected %s and %s", dir, textDir, annDir);
    Map<String, Path> firstAnnotation = new TreeMap<>();
    Map<String, String> annotatorOf = new HashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    List<Path> annFiles;
    try (Stream<Path> files = Files.list(annDir)) {
      annFiles = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    for (Path p : annFiles) {
      String stem = p.getFileName().toString();
      stem = stem.substring(0, stem.length() - ".ann".length());
      int u = stem.lastIndexOf('_');
      checkArgument(u > 0, "%s: annotation file name lacks _<annotator>", p);
      String article = stem.substring(0, u);
      int seen = ranks.merge(article, 1, Integer::sum) - 1;
      if (seen == rank) {
        firstAnnotation.put(article, p);
        annotatorOf.put(article, stem.substring(u + 1));
      }
    }
    List<Document> out = new ArrayList<>(firstAnnotation.size());
    for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
      Path textFile = textDir.resolve(e.getKey() + ".txt");
      String text;
      try {
        text = Files.readString(textFile, StandardCharsets.UTF_8);
      } catch (NoSuchFileException x) {
        throw new NoSuchFileException(textFile + ": no text for annotation file " + e.getValue());
      }
      String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      out.add(new Document(e.getKey(), annotatorOf.get(e.getKey()), text,
          parseAnnotations(e.getValue().toString(), text, ann)));
    }
    return out;
  }

  /**
   * The attributions of one brat standoff file. Lines that are not text-bound annotations ({@code T}) or events
   * ({@code E}) are skipped, and so are the continuation lines of annotations whose covered text holds a line break.
   *
   * @param where names the file in error messages
   * @throws IllegalArgumentException when a span lies outside the text or an event names an unknown annotation
   */
  public static List<AttributionSpans> parseAnnotations(String where, String text, String ann) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = ann.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.matches()) {
        List<Span> parts = new ArrayList<>();
        for (String frag : t.group(3).trim().split(";")) {
          String[] se = frag.trim().split(" +");
          checkArgument(se.length == 2, "%s:%s: bad offsets %s", where, n + 1, t.group(3));
          int s = Integer.parseInt(se[0]);
          int end = Integer.parseInt(se[1]);
          checkArgument(0 <= s && s <= end && end <= text.length(),
              "%s:%s: span start=%s, end=%s lies outside the text of %s characters", where, n + 1, s, end,
              text.length());
          parts.add(Span.of(s, end));
        }
        spans.put(t.group(1), parts);
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.matches()) {
        events.add(new String[] {String.valueOf(n + 1), e.group(2)});
      }
    }
    List<AttributionSpans> out = new ArrayList<>();
    for (String[] ev : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      boolean attribution = false;
      for (String arg : ev[1].trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String role = arg.substring(0, colon).replaceAll("\\d+$", "");
        String id = arg.substring(colon + 1);
        if (role.equals("Attribution") || role.equals("Attribution-no-source")) {
          attribution = true;
          continue;
        }
        List<Span> target = switch (role) {
          case "Source" -> source;
          case "Cue" -> cue;
          case "Content" -> content;
          default -> null;
        };
        if (target == null) {
          continue;
        }
        List<Span> s = spans.get(id);
        checkArgument(s != null, "%s:%s: event names %s, which is not a text-bound annotation", where, ev[0], id);
        target.addAll(s);
      }
      if (attribution) {
        source.sort(null);
        cue.sort(null);
        content.sort(null);
        out.add(new AttributionSpans(source, cue, content));
      }
    }
    return out;
  }
}
