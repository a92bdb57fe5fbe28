package dev.flowdef.bench.flows;

/**
 * What a stream of chunks sent.
 *
 * @param count the number of chunks sent
 */
public record ChunksOutput(int count) {}
