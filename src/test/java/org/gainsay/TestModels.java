package org.gainsay;

/** One detector for all tests: loading models once keeps the suite fast, and sharing it is what users do. */
public final class TestModels {
  private static final Gainsay GAINSAY = Gainsay.builder().build();

  private TestModels() {}

  public static Gainsay gainsay() {
    return GAINSAY;
  }
}
