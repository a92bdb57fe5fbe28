package com.example.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * An order.
 *
 * @param id the order's id
 * @param lines what was ordered
 * @param payment how it is paid
 * @param placedAt when it was placed
 * @param delivery the day it is delivered
 * @param total the total, in cents
 * @param tags labels, each once
 * @param sizes how many of each size
 * @param extras free-form extras
 * @param giftWrap the {@code gift-wrap} property
 * @param rating the {@code rating} property
 * @param receipt the {@code receipt} property
 */
@Generated("dev.flowdef.clientgen")
public record Order(UUID id, List<Line> lines, Payment payment, OffsetDateTime placedAt,
    LocalDate delivery, long total, Set<String> tags, Map<Size, Integer> sizes,
    Map<String, List<String>> extras, @JsonProperty("gift-wrap") boolean giftWrap, double rating,
    byte[] receipt) {
}
