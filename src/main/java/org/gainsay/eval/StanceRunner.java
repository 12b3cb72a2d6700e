package org.gainsay.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.stance.StanceBody;
import org.gainsay.stance.StanceClaim;

/**
 * Reads many bodies and claims for stance, each once, on a few threads: what makes scoring tens of thousands of
 * pairs cheap. Results do not depend on the number of threads.
 *
 * <pre>{@code
 * Map<Integer, StanceBody> bodies = StanceRunner.bodies(gainsay, data.bodies(), 2);
 * Map<String, StanceClaim> claims = StanceRunner.claims(gainsay, headlines, 2);
 * }</pre>
 *
 * <p>Thread-safe: it has no state.
 */
public final class StanceRunner {
  private StanceRunner() {}

  /** Each body read once, by body id; a blank body becomes a body of one placeholder word. */
  public static Map<Integer, StanceBody> bodies(Gainsay g, Map<Integer, String> texts, int threads) {
    List<Integer> ids = new ArrayList<>(texts.keySet());
    List<StanceBody> read = parallel(ids, id -> g.stanceBody(Article.of("body-" + id, "", "",
        texts.get(id).isBlank() ? "(empty)" : texts.get(id))), threads);
    Map<Integer, StanceBody> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), read.get(i));
    }
    return out;
  }

  /** Each distinct claim read once, by its text. */
  public static Map<String, StanceClaim> claims(Gainsay g, Collection<String> claims, int threads) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(claims));
    List<StanceClaim> read = parallel(distinct, c -> g.stanceClaim(c.isBlank() ? "(empty)" : c), threads);
    Map<String, StanceClaim> out = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      out.put(distinct.get(i), read.get(i));
    }
    return out;
  }

  /** {@code f} over {@code items} on {@code threads} threads, results in the order of the items. */
  public static <T, R> List<R> parallel(List<T> items, Function<T, R> f, int threads) {
    checkArgument(threads >= 1, "threads=%s must be at least 1", threads);
    if (threads == 1 || items.size() < 2) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T t : items) {
        futures.add(pool.submit(() -> f.apply(t)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> fu : futures) {
        out.add(fu.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading texts", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("reading a text failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
