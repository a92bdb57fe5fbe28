package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * The {@code shop.ShopFlows.Dog} type of the flows.
 *
 * @param name the {@code name} property
 * @param good the {@code good} property
 */
@Generated("dev.flowdef.clientgen")
public record Dog(String name, boolean good) implements Pet {
}
