package dev.flowdef.examples.menu;

/**
 * The answer to a guest's question.
 *
 * @param answer the answer, in plain words
 */
public record MenuQuestionOutput(String answer) {}
