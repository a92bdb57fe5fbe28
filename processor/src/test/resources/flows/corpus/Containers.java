package corpus;

import corpus.Enums.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/** Collections, arrays and maps. */
public final class Containers {
  private Containers() {}

  public record Lists(List<String> names, Collection<Integer> counts, String[] tags, int[][] grid) {}

  public record Sets(Set<String> tags, SortedSet<Integer> ids) {}

  public record Maps(Map<String, Integer> stock, Map<Size, String> bySize) {}

  public record Deep(List<Map<String, List<Integer>>> deep) {}
}
