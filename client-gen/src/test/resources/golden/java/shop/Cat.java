package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * The {@code shop.ShopFlows.Cat} type of the flows.
 *
 * @param name the {@code name} property
 * @param lives the {@code lives} property
 */
@Generated("dev.flowdef.clientgen")
public record Cat(String name, int lives) implements Pet {
}
