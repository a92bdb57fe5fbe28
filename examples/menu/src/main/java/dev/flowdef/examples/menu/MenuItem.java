package dev.flowdef.examples.menu;

/**
 * One dish on a menu.
 *
 * @param dishname the dish's name
 * @param description how the menu describes it
 */
public record MenuItem(String dishname, String description) {}
