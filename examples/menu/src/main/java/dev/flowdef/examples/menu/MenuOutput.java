package dev.flowdef.examples.menu;

/**
 * The result of a streamed suggestion: the theme it was for and the dish.
 *
 * @param theme the theme asked for
 * @param menuItem the suggested dish
 */
public record MenuOutput(String theme, MenuItem menuItem) {}
