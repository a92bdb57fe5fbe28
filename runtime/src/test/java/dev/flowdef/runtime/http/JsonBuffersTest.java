package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flowdef.runtime.FlowRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBuffersTest {
  @Test
  void givesBackTheBuffersLastReturned() {
    JsonBuffers pool = new JsonBuffers(4);
    BufferRecycler first = pool.acquirePooled();
    pool.releasePooled(first);

    assertSame(first, pool.acquirePooled());
  }

  @Test
  void buffersInUseAreNeverHandedOutTwice() {
    JsonBuffers pool = new JsonBuffers(4);
    BufferRecycler one = pool.acquirePooled();
    pool.releasePooled(one);
    BufferRecycler held = pool.acquirePooled();

    assertNotSame(held, pool.acquirePooled());
  }

  @Test
  void keepsNoMoreThanItsSlots() {
    JsonBuffers pool = new JsonBuffers(2);
    for (int i = 0; i < 5; i++) {
      pool.releasePooled(new BufferRecycler());
    }

    assertEquals(2, pool.pooledCount());
    pool.clear();
    assertEquals(0, pool.pooledCount());
  }

  @Test
  void aMappersParsersAndGeneratorsReturnTheirBuffers() throws Exception {
    JsonBuffers pool = new JsonBuffers(4);
    ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().recyclerPool(pool).build()).build();

    byte[] json = mapper.writeValueAsBytes(Map.of("data", List.of(1, 2, 3)));
    mapper.readTree(json);

    assertEquals(1, pool.pooledCount(), "one recycler, taken and given back twice");
  }

  @Test
  void serversOnVirtualThreadsShareThePool() {
    ObjectMapper mapper = FlowHandler.defaultMapper(FlowRegistry.builder().build());

    if (Runtime.version().feature() >= 21) {
      assertSame(JsonBuffers.SHARED, mapper.getFactory()._getRecyclerPool());
    } else { // pooled platform threads keep buffers of their own
      assertNotSame(JsonBuffers.SHARED, mapper.getFactory()._getRecyclerPool());
    }
  }
}
