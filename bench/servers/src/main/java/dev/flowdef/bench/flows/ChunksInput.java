package dev.flowdef.bench.flows;

/**
 * How many chunks to stream.
 *
 * @param count the number of chunks
 */
public record ChunksInput(int count) {}
