package dev.flowdef.processor.codec;

import static dev.flowdef.processor.codec.JsonCodecTest.assertSameBytes;
import static dev.flowdef.processor.codec.JsonCodecTest.assertSameFailure;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdef.runtime.FlowRegistry;
import java.util.List;

/** JSON texts of the codec flows' types, read and written by Jackson with and without the generated codecs. */
final class CodecSamples {
  private CodecSamples() {}

  /** A JSON text of a type of {@code codec.CodecFlows} (its simple name). */
  record Sample(String type, String json) {
    @Override
    public String toString() {
      return type + " " + json;
    }
  }

  static final List<Sample> VALID = List.of(
      new Sample("Scalars", "{\"text\":\"h\u00e9llo \\u2028 \\ud83d\\ude00 \\\"q\\\" \\u0000\",\"flag\":true,"
          + "\"maybeFlag\":null,\"count\":-2147483648,\"maybeCount\":2147483647,\"big\":9223372036854775807,"
          + "\"maybeBig\":null,\"ratio\":1.0E-300,\"maybeRatio\":-0.0}"),
      new Sample("Scalars", "{}"),
      new Sample("Scalars", "{\"text\":null,\"flag\":false,\"maybeFlag\":false,\"count\":0,\"maybeCount\":null,"
          + "\"big\":-1,\"maybeBig\":1,\"ratio\":3.141592653589793,\"maybeRatio\":1e308}"),
      new Sample("Scalars", "{\"text\":12,\"flag\":\"true\",\"count\":\"42\",\"big\":\"7\",\"ratio\":1,"
          + "\"maybeRatio\":\"2.5\",\"maybeCount\":\"3\",\"maybeFlag\":null,\"maybeBig\":12}"),
      new Sample("Scalars", "{\"extra\":{\"a\":[1,2]},\"text\":\"x\",\"more\":null,\"count\":5}"),
      new Sample("Scalars", "{\"count\":null,\"flag\":null,\"big\":null,\"ratio\":null}"),
      new Sample("Others", "{\"f\":1.5,\"s\":32767,\"b\":-128,\"c\":\"x\",\"decimal\":123456789012345678901234.5,"
          + "\"integer\":-123456789012345678901234567890,\"id\":\"00000000-0000-0001-0000-000000000002\","
          + "\"at\":\"2026-01-02T03:04:05Z\",\"bytes\":\"AAH/\"}"),
      new Sample("Others", "{\"decimal\":1e-40,\"integer\":0,\"bytes\":null}"),
      new Sample("Order", "{\"order_id\":\"o-1\",\"course\":\"starter\",\"code\":\"b-2\",\"lines\":[{\"item\":"
          + "\"soup\",\"quantity\":2},{\"item\":\"bread\",\"quantity\":0}],\"counts\":{\"a\":[1,2],\"b\":[]},"
          + "\"courses\":[\"MAIN\",\"dessert-ish\"],\"tags\":[\"x\",\"y\"],\"note\":\"window\",\"table\":4,"
          + "\"first\":{\"item\":\"tea\",\"quantity\":1}}"),
      new Sample("Order", "{\"order_id\":null,\"course\":null,\"lines\":null,\"note\":null,\"table\":null,"
          + "\"first\":null,\"counts\":{\"z\":null}}"),
      new Sample("Order", "{\"course\":1,\"lines\":[null],\"tags\":[null]}"),
      new Sample("Line", "{\"quantity\":3}"),
      new Sample("Course", "\"starter\""),
      new Sample("Course", "\"MAIN\""),
      new Sample("Course", "\"dessert-ish\""),
      new Sample("Course", "2"),
      new Sample("Awkward", "{\"property\":\"a\",\"p\":1,\"unknown\":\"u\",\"record\":{\"property\":\"b\",\"p\":2,"
          + "\"unknown\":null,\"record\":null}}"),
      new Sample("Empty", "{}"),
      new Sample("Empty", "{\"x\":[1]}"),
      new Sample("Hidden", "{\"shown\":\"a\",\"hidden\":\"b\"}"));

  static final List<Sample> INVALID = List.of(
      new Sample("Scalars", "{\"count\":\"abc\"}"),
      new Sample("Scalars", "{\"count\":1.5}"),
      new Sample("Scalars", "{\"count\":3000000000}"),
      new Sample("Scalars", "{\"maybeCount\":true}"),
      new Sample("Scalars", "{\"flag\":[true,false]}"),
      new Sample("Scalars", "{\"text\":{\"a\":1}}"),
      new Sample("Scalars", "{\"ratio\":\"pi\"}"),
      new Sample("Scalars", "[]"),
      new Sample("Scalars", "\"text\""),
      new Sample("Scalars", "7"),
      new Sample("Order", "{\"lines\":[{\"item\":\"x\",\"quantity\":-1}]}"),
      new Sample("Order", "{\"lines\":[{\"quantity\":\"many\"}]}"),
      new Sample("Order", "{\"course\":\"SIDE\"}"),
      new Sample("Order", "{\"first\":[]}"),
      new Sample("Order", "{\"tags\":\"single\"}"),
      new Sample("Order", "{\"counts\":{\"a\":[\"x\"]}}"),
      new Sample("Order", "{\"first\":{\"quantity\":-5},\"x\":1}"),
      new Sample("Line", "{\"quantity\":-1}"),
      new Sample("Course", "\"nope\""),
      new Sample("Course", "{}"),
      new Sample("Course", "9"));

  static final List<Sample> UNKNOWN = List.of(
      new Sample("Scalars", "{\"text\":\"x\",\"extra\":1}"),
      new Sample("Order", "{\"lines\":[{\"item\":\"x\",\"quantity\":1,\"zzz\":2}]}"),
      new Sample("Order", "{\"zzz\":2,\"lines\":[{\"item\":\"x\",\"quantity\":\"q\"}]}"),
      new Sample("Line", "{\"zzz\":2,\"quantity\":-1}"),
      new Sample("Empty", "{\"x\":1}"));

  /**
   * Reads each sample from bytes and from a tree (as the HTTP transport does) with Jackson and with the server's own
   * mapper (the generated codecs), then writes each value with both: every answer must be the same bytes.
   */
  static void check(FlowRegistry registry, ClassLoader loader, List<Sample> samples) throws Exception {
    ObjectMapper databind = JsonCodecTest.mapper(registry, false, false);
    ObjectMapper generated = JsonCodecTest.serversMapper(registry);
    for (Sample sample : samples) {
      JavaType type = databind.constructType(loader.loadClass("codec.CodecFlows$" + sample.type()));
      Object expected = databind.readValue(sample.json(), type);
      Object actual = generated.readValue(sample.json(), type);
      JsonNode tree = databind.readTree(sample.json()); // a tree may hold a number less precisely than the text
      Object expectedFromTree = databind.readerFor(type).readValue(tree);
      Object fromTree = generated.readerFor(type).readValue(tree);
      byte[] written = databind.writeValueAsBytes(expected);
      assertSameBytes(written, generated.writeValueAsBytes(expected), "written " + sample);
      assertSameBytes(written, databind.writeValueAsBytes(actual), "read " + sample);
      assertSameBytes(databind.writeValueAsBytes(expectedFromTree), databind.writeValueAsBytes(fromTree),
          "read from a tree " + sample);
      assertSameBytes(written, generated.writerFor(type).writeValueAsBytes(actual), "round trip " + sample);
    }
  }

  /** Reads each sample with Jackson and with the generated codecs: both must fail alike. */
  static void checkErrors(FlowRegistry registry, ClassLoader loader, List<Sample> samples, boolean failOnUnknown)
      throws Exception {
    ObjectMapper databind = JsonCodecTest.mapper(registry, false, failOnUnknown);
    ObjectMapper generated = JsonCodecTest.mapper(registry, true, failOnUnknown);
    for (Sample sample : samples) {
      JavaType type = databind.constructType(loader.loadClass("codec.CodecFlows$" + sample.type()));
      JsonNode tree = databind.readTree(sample.json());
      Exception expected = assertThrows(Exception.class, () -> databind.readerFor(type).readValue(tree),
          sample::toString);
      Exception actual = assertThrows(Exception.class, () -> generated.readerFor(type).readValue(tree),
          sample::toString);
      assertSameFailure(expected, actual, "from a tree: " + sample);
      expected = assertThrows(Exception.class, () -> databind.readValue(sample.json(), type), sample::toString);
      actual = assertThrows(Exception.class, () -> generated.readValue(sample.json(), type), sample::toString);
      assertSameFailure(expected, actual, sample.toString());
    }
  }
}
