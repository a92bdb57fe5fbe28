package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * The {@code shop.ShopFlows.Square} type of the flows.
 *
 * @param side the {@code side} property
 */
@Generated("dev.flowdef.clientgen")
public record Square(double side) implements Shape {
}
