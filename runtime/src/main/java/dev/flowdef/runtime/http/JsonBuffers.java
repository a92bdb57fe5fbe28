package dev.flowdef.runtime.http;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Jackson's parser and generator buffers, shared by the requests of a server that runs each on a virtual thread of
 * its own, which Jackson's per-thread default would never let reuse a buffer. A request holds its buffers only while
 * it parses or writes JSON in memory, which it does without giving up its carrier thread, so about as many are in use
 * at once as there are carriers: a few slots suffice, each taken and given back with one compare-and-set, the first
 * free slot first, so the same few buffers are reused and stay in the CPU's caches. (Jackson's shared pool, a
 * {@code ConcurrentLinkedDeque}, allocates a node for every buffer given back and hands out the oldest: a CPU profile
 * under load had it at 1% of the server's time.) A buffer given back to a full pool is left to the collector.
 */
final class JsonBuffers implements RecyclerPool<BufferRecycler> {
  private static final long serialVersionUID = 1L;

  /** The pool every server's default mapper shares: one per JVM, as its carriers are. */
  static final JsonBuffers SHARED = new JsonBuffers(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

  private final transient AtomicReferenceArray<BufferRecycler> slots;

  JsonBuffers(int slots) {
    this.slots = new AtomicReferenceArray<>(slots);
  }

  @Override
  public BufferRecycler acquirePooled() {
    for (int i = 0; i < slots.length(); i++) {
      BufferRecycler pooled = slots.get(i);
      if (pooled != null && slots.compareAndSet(i, pooled, null)) {
        return pooled;
      }
    }
    return new BufferRecycler();
  }

  @Override
  public void releasePooled(BufferRecycler recycler) {
    for (int i = 0; i < slots.length(); i++) {
      if (slots.get(i) == null && slots.compareAndSet(i, null, recycler)) {
        return;
      }
    }
  }

  @Override
  public int pooledCount() {
    int count = 0;
    for (int i = 0; i < slots.length(); i++) {
      if (slots.get(i) != null) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean clear() {
    for (int i = 0; i < slots.length(); i++) {
      slots.set(i, null);
    }
    return true;
  }

  /** A mapper serialized and read back shares the pool again rather than carrying a copy without slots. */
  private Object readResolve() {
    return SHARED;
  }
}
