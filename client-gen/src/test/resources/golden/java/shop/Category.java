package com.example.shop;

import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A category with its subcategories: a recursive type.
 *
 * @param name the category's name
 * @param children its subcategories
 */
@Generated("dev.flowdef.clientgen")
public record Category(String name, List<Category> children) {
}
