package dev.flowdef.runtime.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls a handler is running, so that a stopping server can wait for them and cancel those left. Every call is
 * added and removed, so this costs every call as little as it can: a few stripes, each a list linked through the
 * calls themselves under its own lock, the stripe picked by the call's thread, so calls on different threads seldom
 * meet, and none allocates or hashes. (A {@code ConcurrentHashMap} key set cost a node and a shared counter per call,
 * and the counter a random probe per new virtual thread: 0.6% of a server's CPU under load.)
 */
final class CallsInProgress {
  private final Stripe[] stripes = new Stripe[16];

  CallsInProgress() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Stripe();
    }
  }

  void add(FlowCall call) {
    stripe(call).add(call);
  }

  void remove(FlowCall call) {
    stripe(call).remove(call);
  }

  int size() {
    int size = 0;
    for (Stripe stripe : stripes) {
      size += stripe.size();
    }
    return size;
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** The calls running now; calls that start or end meanwhile may or may not be among them. */
  List<FlowCall> snapshot() {
    List<FlowCall> calls = new ArrayList<>();
    for (Stripe stripe : stripes) {
      stripe.copyTo(calls);
    }
    return calls;
  }

  private Stripe stripe(FlowCall call) {
    return stripes[(int) call.threadId & (stripes.length - 1)]; // threads' ids are consecutive: the low bits differ
  }

  /** One stripe's calls, linked through {@link FlowCall#previousInProgress} and {@link FlowCall#nextInProgress}. */
  private static final class Stripe {
    private FlowCall first;
    private int size;

    synchronized void add(FlowCall call) {
      call.nextInProgress = first;
      if (first != null) {
        first.previousInProgress = call;
      }
      first = call;
      size++;
    }

    synchronized void remove(FlowCall call) {
      if (call.previousInProgress != null) {
        call.previousInProgress.nextInProgress = call.nextInProgress;
      } else if (first == call) {
        first = call.nextInProgress;
      } else {
        return; // not here: removed already
      }
      if (call.nextInProgress != null) {
        call.nextInProgress.previousInProgress = call.previousInProgress;
      }
      call.previousInProgress = null;
      call.nextInProgress = null;
      size--;
    }

    synchronized int size() {
      return size;
    }

    synchronized void copyTo(List<FlowCall> calls) {
      for (FlowCall call = first; call != null; call = call.nextInProgress) {
        calls.add(call);
      }
    }
  }
}
