package io.distconnect.orchestrator.domain;

/** A case was asked to move between states the state machine does not connect: a bug. */
public class IllegalCaseTransitionException extends IllegalStateException {
  public IllegalCaseTransitionException(CaseState from, CaseState to) {
    super("Illegal case transition " + from + " → " + to);
  }
}
