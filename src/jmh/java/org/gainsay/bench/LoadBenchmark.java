package org.gainsay.bench;

import java.util.concurrent.TimeUnit;
import org.gainsay.Gainsay;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Time to load the models: {@code Gainsay.builder().build()} once in a fresh JVM, in each of ten forks. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
  @Benchmark
  public Gainsay build() {
    return Gainsay.builder().build();
  }
}
