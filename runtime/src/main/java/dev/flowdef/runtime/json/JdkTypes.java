package dev.flowdef.runtime.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Jackson's modules for the JDK types the processor accepts beside Jackson's own ({@code Optional} and its primitive
 * kin, {@code java.time}), writing them as the flow manifest's schemas describe them: dates, times and durations as
 * ISO-8601 text, not numbers. Every mapper of the runtime that reads or writes a flow's values has them; without them
 * Jackson refuses those types, and a flow using one would fail every call.
 */
public final class JdkTypes {
  private JdkTypes() {}

  /** {@code builder} with the modules, writing dates and durations as text. */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }

  /** A mapper with the modules and Jackson's defaults otherwise. */
  public static ObjectMapper mapper() {
    return configure(JsonMapper.builder()).build();
  }
}
