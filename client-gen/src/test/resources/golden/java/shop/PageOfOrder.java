package com.example.shop;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A page of results.
 *
 * @param items the {@code items} property
 * @param next the next page's cursor, or {@code null}
 */
@Generated("dev.flowdef.clientgen")
public record PageOfOrder(List<Order> items, String next) {
}
