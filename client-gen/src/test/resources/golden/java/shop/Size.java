package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * A size of a dish.
 */
@Generated("dev.flowdef.clientgen")
public enum Size {
  SMALL,

  LARGE
}
