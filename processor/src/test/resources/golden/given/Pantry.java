package given;

import dev.flowdef.FlowDef;

/** Needs its stock at construction, so its binding is registered by hand. */
class Pantry {
  private final int stock;

  Pantry(int stock) {
    this.stock = stock;
  }

  /** How much is left. */
  @FlowDef
  int left() {
    return stock;
  }

  @FlowDef
  static boolean open(String day) {
    return true;
  }
}
