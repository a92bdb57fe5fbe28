package dev.flowdef.examples.menu;

/**
 * A guest's question about today's menu.
 *
 * @param question the question, in plain words
 */
public record MenuQuestionInput(String question) {}
