package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * A query for orders.
 *
 * @param customer the {@code customer} property
 * @param limit the {@code limit} property, or {@code null}
 */
@Generated("dev.flowdef.clientgen")
public record OrderQuery(String customer, Integer limit) {
}
