package com.example.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.processing.Generated;

/**
 * How an order is paid.
 */
@Generated("dev.flowdef.clientgen")
public enum Payment {
  CARD,

  @JsonProperty("bank-transfer")
  BANK_TRANSFER,

  cash
}
