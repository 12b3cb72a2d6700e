package org.gainsay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzeJsonOnTheSeedHasTheDocumentedSchemaAndThePair() throws IOException {
    Run r = run("analyze", "--format", "json", "--outlet", "NBC News", "examples/nbc-2020-01-15-counter-isis.txt");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("articles").get(0).get("outlet").asText()).isEqualTo("NBC News");
    JsonNode st = root.get("statements").get(0);
    for (String f : new String[] {"id", "article", "text", "start", "end", "source", "cue", "channel", "quote"}) {
      assertThat(st.has(f)).as("statement field %s", f).isTrue();
    }
    assertThat(st.get("source").has("name")).isTrue();
    assertThat(st.get("source").has("kind")).isTrue();
    JsonNode t = root.get("topics").get(0);
    assertThat(t.has("id") && t.has("label") && t.get("statements").isArray()).isTrue();
    boolean found = false;
    for (JsonNode d : root.get("disagreements")) {
      String a = sourceOf(root, d.get("a").asText());
      String b = sourceOf(root, d.get("b").asText());
      if ((a + b).contains("two American military officials") && (a + b).contains("Khalaf")) {
        found = true;
        assertThat(d.get("kind").asText()).isEqualTo("negation");
        assertThat(d.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(d.get("explanation").asText()).isNotBlank();
        assertThat(d.has("topic")).isTrue();
      }
    }
    assertThat(found).as("officials vs Khalaf in %s", root.get("disagreements")).isTrue();
  }

  private static String sourceOf(JsonNode root, String id) {
    for (JsonNode s : root.get("statements")) {
      if (s.get("id").asText().equals(id)) {
        return s.get("source").get("name").asText();
      }
    }
    throw new AssertionError("no statement " + id);
  }

  @Test
  void textReportListsTheDisagreementFirst() {
    Run r = run("analyze", "--outlet", "NBC News", "examples/nbc-2020-01-15-counter-isis.txt");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("DISAGREEMENTS").contains("Khalaf");
    assertThat(r.out().indexOf("DISAGREEMENTS")).isLessThan(r.out().indexOf("STATEMENTS"));
  }

  @Test
  void missingFileEndsWithItsNameAndExitCodeTwo() {
    Run r = run("analyze", "no/such/file.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/file.txt").contains("no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badJsonLineIsNamedByFileAndLine() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"outlet\":\"X\",\"title\":\"t\",\"text\":\"Officials said it rained.\"}\n"
        + "{not json\n", StandardCharsets.UTF_8);
    Run r = run("analyze", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a.jsonl:2");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyTextFileIsRejected() throws IOException {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "  \n\n", StandardCharsets.UTF_8);
    Run r = run("analyze", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("empty.txt").contains("empty");
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    Path f = dir.resolve("blob.txt");
    Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0xC3, 0x28});
    Run r = run("analyze", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("blob.txt").contains("UTF-8");
  }

  @Test
  void jsonlArticlesAreReadWithTheirOutletsAndDates() throws IOException {
    Path f = dir.resolve("two.jsonl");
    Files.writeString(f,
        "{\"id\":\"r1\",\"outlet\":\"Wire A\",\"published\":\"2024-03-02\",\"title\":\"t\","
            + "\"text\":\"The port reopened on Monday, the harbour master said.\"}\n"
            + "{\"id\":\"r2\",\"outlet\":\"Paper B\",\"published\":\"2024-03-02\",\"title\":\"t\","
            + "\"text\":\"The port has not reopened, the union said.\"}\n", StandardCharsets.UTF_8);
    Run r = run("analyze", "--format", "json", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"outlet\" : \"Wire A\"").contains("\"published\" : \"2024-03-02\"");
    assertThat(r.out()).contains("\"kind\" : \"negation\"");
  }
}
