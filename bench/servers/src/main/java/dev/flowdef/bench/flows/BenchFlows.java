package dev.flowdef.bench.flows;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;

/**
 * The benchmark's streaming flow, served by the menu server next to its own flows when this jar is on its class
 * path; Genkit JS and the Spring Boot service serve the same flow under the same name.
 */
public class BenchFlows {

  /** Streams {@code count} short chunks, as a model streams tokens, then says how many it sent. */
  @FlowDef
  public ChunksOutput streamChunks(ChunksInput input, FlowContext<String> ctx) {
    for (int i = 0; i < input.count(); i++) {
      ctx.sendChunk("chunk " + i);
    }
    return new ChunksOutput(input.count());
  }
}
