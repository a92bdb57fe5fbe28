package com.example.shop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * A shape, told apart by its kind.
 */
@Generated("dev.flowdef.clientgen")
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    property = "kind"
)
@JsonSubTypes({
      @JsonSubTypes.Type(value = Circle.class, name = "circle"),
      @JsonSubTypes.Type(value = Square.class, name = "square")
    })
public sealed interface Shape permits Circle, Square {
}
