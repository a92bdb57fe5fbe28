package dev.flowdef.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdef.runtime.FlowRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code flow:run} on the application's command line, printing as the Genkit CLI does (transcripts 50-54). */
@Timeout(30)
class FlowRunnerTest {
  private static final String TRACE_LINE = "Trace ID: [0-9a-f]{32}";

  private final FlowRegistry registry = TestFlows.registry();
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
      return FlowRunner.run(registry, args, out, err);
    }
  }

  private List<String> out() {
    return lines(outBytes);
  }

  private List<String> err() {
    return lines(errBytes);
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\\R")); // println ends every line
  }

  @Test
  void handlesOnlyTheFlowRunCommand() {
    assertTrue(FlowRunner.handles(new String[] {"flow:run", "echo"}));
    assertFalse(FlowRunner.handles(new String[] {"serve"}));
    assertFalse(FlowRunner.handles(new String[0]));
  }

  @Test
  void printsResultAsIndentedJsonThenTheTraceIdLikeTheGenkitCli() {
    assertEquals(0, run("flow:run", "echo", "{\"text\":\"hi\"}"));

    List<String> out = out();
    assertEquals(List.of("Result:", "{", "  \"text\": \"hi\",", "  \"length\": 2", "}"), out.subList(0, 5));
    assertEquals(6, out.size(), out.toString());
    assertTrue(out.get(5).matches(TRACE_LINE), out.get(5));
    assertEquals(List.of(), err());
  }

  @Test
  void nestedArraysAndEmptyValuesPrintAsJsonStringifyDoes() {
    assertEquals(0, run("flow:run", "sortKeys", "{\"b\":[1,[]],\"a\":{}}"));

    assertEquals(List.of("Result:", "{", "  \"a\": {},", "  \"b\": [", "    1,", "    []", "  ]", "}"),
        out().subList(0, 8));
  }

  @Test
  void withStreamEachChunkIsPrintedAsIndentedJsonBeforeTheResult() {
    assertEquals(0, run("flow:run", "countdown", "{\"n\":2}", "-s"));

    List<String> out = out();
    assertEquals(List.of("{", "  \"i\": 0", "}", "{", "  \"i\": 1", "}",
        "Result:", "{", "  \"done\": true,", "  \"count\": 2", "}"), out.subList(0, 11));
    assertTrue(out.get(11).matches(TRACE_LINE));
  }

  @Test
  void withoutStreamTheChunksAreNotPrinted() {
    assertEquals(0, run("flow:run", "countdown", "{\"n\":2}"));

    assertEquals("Result:", out().get(0));
  }

  @Test
  void theContextOptionReachesTheFlowsRequestContext() {
    assertEquals(0, run("flow:run", "whoami", "-c", "{\"auth\":{\"uid\":\"ada\"}}"));

    assertEquals(List.of("Result:", "{", "  \"auth\": {", "    \"uid\": \"ada\"", "  }", "}"), out().subList(0, 6));
  }

  @Test
  void aFailingFlowPrintsCodeMessageAndTraceIdToErrAndExits1() {
    assertEquals(1, run("flow:run", "fail", "{\"text\":\"x\"}"));

    List<String> err = err();
    assertEquals("Error: Command exited with an Error:", err.get(0));
    assertEquals("Error: \tCode: 9", err.get(1));
    assertEquals("Error: \tMessage: FAILED_PRECONDITION: fail flow always fails", err.get(2));
    assertTrue(err.get(3).matches("Error: \t" + TRACE_LINE), err.get(3));
    assertEquals(List.of(), out());
  }

  @Test
  void aPlainExceptionIsCode13() {
    assertEquals(1, run("flow:run", "crash", "{\"text\":\"x\"}"));

    assertEquals("Error: \tCode: 13", err().get(1));
    assertTrue(err().get(2).contains("plain error with internals"), err().get(2));
  }

  @Test
  void inputOfTheWrongTypeIsInvalidArgument() {
    assertEquals(1, run("flow:run", "countdown", "{\"n\":\"three\"}"));

    assertEquals("Error: \tCode: 3", err().get(1));
    assertTrue(err().get(2).startsWith("Error: \tMessage: INVALID_ARGUMENT: "), err().get(2));
  }

  @Test
  void anUnknownFlowIsMisuseNamingTheFlowsThereAre() {
    assertEquals(2, run("flow:run", "nope", "{}"));

    String err = String.join("\n", err());
    assertTrue(err.contains("'nope'") && err.contains("echo") && err.contains("countdown"), err);
    assertEquals(List.of(), out());
  }

  @Test
  void inputThatIsNotJsonIsMisuse() {
    assertEquals(2, run("flow:run", "echo", "{text:"));

    assertTrue(err().get(0).startsWith("Error: the input and context must be JSON"), err().toString());
    assertEquals(List.of(), out());
  }

  @Test
  void aContextThatIsNotJsonIsMisuse() {
    assertEquals(2, run("flow:run", "whoami", "-c", "auth=ada"));

    assertTrue(err().get(0).startsWith("Error: the input and context must be JSON"), err().toString());
  }

  @Test
  void aContextOptionWithoutItsValueIsMisuse() {
    assertEquals(2, run("flow:run", "whoami", "-c"));

    assertTrue(err().get(0).startsWith("Usage: flow:run"), err().toString());
  }

  @Test
  void noFlowNameOrTooManyArgumentsPrintTheUsage() {
    assertEquals(2, run("flow:run"));
    assertEquals(2, run("flow:run", "echo", "{}", "{}"));

    List<String> err = err();
    assertEquals(2, err.size(), err.toString());
    assertTrue(err.stream().allMatch(line -> line.startsWith("Usage: flow:run <flowName>")), err.toString());
  }
}
