package dev.flowdef.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowDescriptorTest {

  @Test
  void namesMustBeUrlPathSegments() {
    assertThrows(IllegalArgumentException.class,
        () -> new FlowDescriptor<>("menu suggestion", "", String.class, String.class, Void.class));
    assertThrows(IllegalArgumentException.class,
        () -> new FlowDescriptor<>("9lives", "", String.class, String.class, Void.class));
    new FlowDescriptor<>("menu-suggestion_2", "", String.class, String.class, Void.class);
  }

  @Test
  void voidMeansNoInputAndNoChunks() {
    FlowDescriptor<Void, String, Void> plain = new FlowDescriptor<>("now", null, Void.class, String.class, Void.class);

    assertFalse(plain.takesInput());
    assertFalse(plain.streams());
    assertEquals("", plain.description());
    assertTrue(new FlowDescriptor<>("s", "", String.class, String.class, String.class).streams());
  }

  @SuppressWarnings("unused") // read through reflection, to compare with the JDK's own types
  private static Map<String, List<Integer>> sample(List<String>[] lists) {
    return null;
  }

  @Test
  void builtTypesEqualTheJdksOwn() throws Exception {
    Method sample = FlowDescriptorTest.class.getDeclaredMethod("sample", List[].class);
    Type built = Types.parameterized(Map.class, String.class, Types.parameterized(List.class, Integer.class));
    Type array = Types.arrayOf(Types.parameterized(List.class, String.class));

    assertEquals(sample.getGenericReturnType(), built);
    assertEquals(built, sample.getGenericReturnType());
    assertEquals(sample.getGenericReturnType().hashCode(), built.hashCode());
    assertEquals(sample.getGenericParameterTypes()[0], array);
    assertEquals("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>", built.getTypeName());
  }

  @Test
  void aParameterizedTypeNeedsTheRightNumberOfArguments() {
    assertThrows(IllegalArgumentException.class, () -> Types.parameterized(Map.class, String.class));
  }
}
