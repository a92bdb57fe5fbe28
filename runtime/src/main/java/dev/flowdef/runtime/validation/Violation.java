package dev.flowdef.runtime.validation;

/**
 * One way a flow's input breaks its schema, in the shape Genkit reports it in {@code details.errors}.
 *
 * @param path where in the input, for example {@code theme} or {@code items.0.name}; {@code (root)} for the whole
 * @param message what is wrong, for a person
 */
public record Violation(String path, String message) {}
