package corpus;

import corpus.Enums.Size;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Optional and nullable values. */
public final class Maybe {
  private Maybe() {}

  public record Optionals(Optional<String> nickname, OptionalInt age, OptionalLong big, OptionalDouble ratio,
      Optional<Size> size) {}

  public record Nullables(@Nullable String note, @corpus.typeuse.Nullable Integer count,
      String required) {}
}
