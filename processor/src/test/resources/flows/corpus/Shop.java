package corpus;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import corpus.Enums.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Records: nested, generic with concrete arguments, recursive, and shaped by Jackson's annotations. */
public final class Shop {
  private Shop() {}

  /**
   * An amount of money.
   *
   * @param amount how much, in the currency's units
   * @param currency the ISO 4217 code, for example {@code EUR}
   */
  public record Money(BigDecimal amount, String currency) {}

  public record LineItem(String sku, int quantity, Money price) {}

  public record Address(String street, String city) {}

  public record Customer(String name, Address home, List<Address> others) {}

  public record Page<T>(List<T> items, int total) {}

  public record Pair<A, B>(A first, B second) {}

  public record Catalogue(Page<Money> prices, Pair<Integer, Size> sized) {}

  public record TreeNode(String label, List<TreeNode> children) {}

  public record Person(String name, Optional<Company> employer) {}

  public record Company(String name, List<Person> staff) {}

  @JsonClassDescription("A record renamed by Jackson")
  public record Renamed(
      @JsonProperty("first_name") String firstName,
      @JsonIgnore String secret,
      @JsonProperty(required = true) @Nullable String must,
      @JsonPropertyDescription("how many") int count) {}

  @JsonIgnoreProperties({"internal"})
  public record Filtered(String visible, String internal) {}
}
