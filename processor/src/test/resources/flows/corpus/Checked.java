package corpus;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jakarta Validation constraints. */
public final class Checked {
  private Checked() {}

  public record Signup(
      @NotBlank String name,
      @Email String email,
      @Size(min = 8, max = 64) String password,
      @Pattern(regexp = "[a-z]+") String handle,
      @Min(18) @Max(130) int age,
      @NotEmpty List<String> interests,
      @Size(max = 3) Map<String, String> labels,
      @NotNull Integer referrals) {}

  public record Measures(
      @Positive int positive,
      @PositiveOrZero long nonNegative,
      @Negative double negative,
      @NegativeOrZero BigDecimal nonPositive,
      @DecimalMin("0.5") @DecimalMax(value = "9.5", inclusive = false) double ratio,
      @DecimalMin(value = "0", inclusive = false) BigDecimal price) {}

  public record MaybeChecked(@Size(max = 5) Optional<String> code, @Nullable @Min(1) Integer count) {}
}
