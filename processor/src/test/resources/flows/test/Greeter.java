package test;

import dev.flowdef.FlowDef;

/** A flow class that needs a constructor argument, so it is registered by hand. */
public class Greeter {
  private final String greeting;

  public Greeter(String greeting) {
    this.greeting = greeting;
  }

  @FlowDef
  String greet(String name) {
    return greeting + ", " + name;
  }
}
