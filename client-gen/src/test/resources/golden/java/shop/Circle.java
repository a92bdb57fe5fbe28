package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * The {@code shop.ShopFlows.Circle} type of the flows.
 *
 * @param radius the {@code radius} property
 */
@Generated("dev.flowdef.clientgen")
public record Circle(double radius) implements Shape {
}
