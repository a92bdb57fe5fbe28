package dev.flowdef.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {
  @Test
  void requestsAreParsedWithBuffersFromTheMappersPool() {
    // The server's pool is shared because a virtual thread per request never reuses a per-thread one: a request
    // parsed with any other pool would allocate its buffers afresh every time.
    RecyclerPool<BufferRecycler> pool = JsonRecyclerPools.newConcurrentDequePool();
    ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().recyclerPool(pool).build()).build();
    RequestBodies bodies = new RequestBodies(mapper, 1024, 8);

    bodies.data("{\"data\":{\"theme\":\"bistro\"}}".getBytes(StandardCharsets.UTF_8), true, "menuSuggestion");

    assertEquals(1, pool.pooledCount(), "the parser's buffers went back to the mapper's pool");
  }
}
