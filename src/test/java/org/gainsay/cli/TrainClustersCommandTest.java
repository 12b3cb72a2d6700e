package org.gainsay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainClustersCommandTest {

  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static void bytesField(ByteArrayOutputStream out, int field, byte[] value) {
    varint(out, (long) field << 3 | 2);
    varint(out, value.length);
    out.writeBytes(value);
  }

  private static void numberField(ByteArrayOutputStream out, int field, long value) {
    varint(out, (long) field << 3);
    varint(out, value);
  }

  /** A model with one 2 x 3 float initializer named {@code name}, after an unrelated field of each kind. */
  private static byte[] model(String name) {
    ByteArrayOutputStream tensor = new ByteArrayOutputStream();
    numberField(tensor, 1, 2);
    numberField(tensor, 1, 3);
    numberField(tensor, 2, 1);
    bytesField(tensor, 8, name.getBytes(StandardCharsets.UTF_8));
    ByteBuffer raw = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 6; i++) {
      raw.putFloat(i + 0.5f);
    }
    bytesField(tensor, 9, raw.array());
    ByteArrayOutputStream graph = new ByteArrayOutputStream();
    bytesField(graph, 1, new byte[] {1, 2, 3}); // a node, skipped
    bytesField(graph, 5, tensor.toByteArray());
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    numberField(model, 1, 8); // the IR version
    bytesField(model, 7, graph.toByteArray());
    return model.toByteArray();
  }

  @Test
  void readsTheNamedFloatTensorRowByRow() throws IOException {
    float[][] t = TrainClustersCommand.embeddings(model("embeddings.word_embeddings.weight"),
        "embeddings.word_embeddings.weight");
    assertThat(t).hasDimensions(2, 3);
    assertThat(t[0]).containsExactly(0.5f, 1.5f, 2.5f);
    assertThat(t[1]).containsExactly(3.5f, 4.5f, 5.5f);
  }

  @Test
  void aMissingTensorOrAFileThatIsNoModelIsNamed() {
    assertThatThrownBy(() -> TrainClustersCommand.embeddings(model("other"), "embeddings.word_embeddings.weight"))
        .isInstanceOf(IOException.class).hasMessageContaining("no tensor embeddings.word_embeddings.weight");
    assertThatThrownBy(() -> TrainClustersCommand.embeddings("not a model at all".getBytes(StandardCharsets.UTF_8),
        "x")).isInstanceOf(IOException.class).hasMessageContaining("malformed ONNX file");
  }
}
