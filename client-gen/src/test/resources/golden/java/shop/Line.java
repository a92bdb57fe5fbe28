package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * One line of an order.
 *
 * @param sku the product's code
 * @param quantity how many
 * @param note what the guest asked for, if anything, or {@code null}
 */
@Generated("dev.flowdef.clientgen")
public record Line(String sku, int quantity, String note) {
}
