package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallsInProgressTest {
  @Test
  void holdsEachCallFromItsStartToItsEnd() {
    CallsInProgress calls = new CallsInProgress();
    List<FlowCall> started = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      FlowCall call = new FlowCall(null, null, null);
      calls.add(call);
      started.add(call);
    }

    calls.remove(started.get(2));
    calls.remove(started.get(0));
    calls.remove(started.get(0)); // ended twice: no harm

    assertEquals(3, calls.size());
    assertEquals(new HashSet<>(List.of(started.get(1), started.get(3), started.get(4))),
        new HashSet<>(calls.snapshot()));
  }

  @Test
  void callsOnManyThreadsAtOnceAreAllHeldThenAllLetGo() throws Exception {
    CallsInProgress calls = new CallsInProgress();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<FlowCall>>> added = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        added.add(threads.submit(() -> {
          List<FlowCall> mine = new ArrayList<>();
          for (int i = 0; i < 2_000; i++) {
            FlowCall call = new FlowCall(null, null, null);
            calls.add(call);
            mine.add(call);
            if (i % 2 == 0) {
              calls.remove(call); // most calls end while others start
            }
          }
          return mine;
        }));
      }
      List<FlowCall> all = new ArrayList<>();
      for (Future<List<FlowCall>> f : added) {
        all.addAll(f.get(10, TimeUnit.SECONDS));
      }
      assertEquals(8 * 1_000, calls.size());
      assertEquals(8 * 1_000, new HashSet<>(calls.snapshot()).size());

      List<Future<?>> removed = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<FlowCall> share = all.subList(t * 2_000, (t + 1) * 2_000);
        removed.add(threads.submit(() -> share.forEach(calls::remove)));
      }
      for (Future<?> f : removed) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertTrue(calls.isEmpty());
      assertTrue(calls.snapshot().isEmpty());
    } finally {
      threads.shutdownNow();
    }
  }
}
