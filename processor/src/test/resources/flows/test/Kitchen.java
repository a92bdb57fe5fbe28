package test;

import dev.flowdef.FlowDef;
import dev.flowdef.runtime.FlowContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** Flows of every shape the foundation supports, for the behavioural tests. */
public class Kitchen {
  static final AtomicBoolean sawCancellation = new AtomicBoolean();

  public record Order(String dish, int quantity) {}

  public record Ticket(String summary, List<String> steps) {}

  public record Page<T>(List<T> items, int total) {}

  public enum Course { STARTER, MAIN, DESSERT }

  /** Turns an order into a kitchen ticket. Anything after the first sentence is not the description. */
  @FlowDef
  static Ticket takeOrder(Order order) {
    return new Ticket(order.quantity() + "x " + order.dish(), List.of("prep", "cook"));
  }

  @FlowDef(name = "later", description = "Answers later, from another thread.")
  CompletionStage<String> answerLater(String question) {
    return CompletableFuture.supplyAsync(() -> question + "? Soon.");
  }

  @FlowDef
  CompletableFuture<Integer> count(List<String> dishes) {
    return CompletableFuture.completedFuture(dishes.size());
  }

  /** Streams the steps of cooking an order, then says it is ready. */
  @FlowDef
  String prepare(Order order, FlowContext<String> ctx) {
    for (String step : List.of("chop", "cook", "plate")) {
      ctx.sendChunk(step + " " + order.dish());
    }
    return "ready";
  }

  @FlowDef
  String menuQuestion(String question, FlowContext<Void> ctx) {
    List<String> menu = ctx.run("retrieve-daily-menu", () -> List.of("soup", "tart"));
    return question + " We have " + String.join(" and ", menu) + ".";
  }

  @FlowDef
  static String whoAmI(FlowContext<Void> ctx) {
    return String.valueOf(ctx.requestContext().get("auth"));
  }

  @FlowDef
  static String openingHours() {
    return "noon to midnight";
  }

  @FlowDef
  static String ignoresVoid(Void nothing) {
    return "nothing";
  }

  @FlowDef
  static int square(int x) {
    return x * x;
  }

  @FlowDef
  static Map<String, Integer> stock(Course course) {
    return Map.of(course.name(), course.ordinal());
  }

  @FlowDef
  static Page<Order> orders(Page<String> dishes) {
    return new Page<>(dishes.items().stream().map(d -> new Order(d, 1)).toList(), dishes.total());
  }

  @FlowDef
  static void clean(String station) {
    if (station.isBlank()) {
      throw new IllegalArgumentException("which station?");
    }
  }

  @FlowDef
  static String waitForCancel(String ignored, FlowContext<Integer> ctx) throws InterruptedException {
    ctx.sendChunk(1);
    while (!ctx.isCancelled()) {
      Thread.sleep(5);
    }
    sawCancellation.set(true);
    return "cancelled";
  }
}
