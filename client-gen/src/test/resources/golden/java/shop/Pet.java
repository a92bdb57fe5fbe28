package com.example.shop;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * A pet, told apart by its properties.
 */
@Generated("dev.flowdef.clientgen")
@JsonTypeInfo(
    use = JsonTypeInfo.Id.DEDUCTION
)
@JsonSubTypes({
      @JsonSubTypes.Type(value = Cat.class),
      @JsonSubTypes.Type(value = Dog.class)
    })
public sealed interface Pet permits Cat, Dog {
}
