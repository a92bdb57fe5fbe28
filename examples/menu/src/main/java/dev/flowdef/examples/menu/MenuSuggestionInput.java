package dev.flowdef.examples.menu;

/**
 * What a menu suggestion is asked for.
 *
 * @param theme the restaurant's theme, for example "bistro" or "pirate"
 */
public record MenuSuggestionInput(String theme) {}
