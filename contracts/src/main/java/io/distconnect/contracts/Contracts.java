package io.distconnect.contracts;

/** Placeholder compiled so the module builds before its contents land. */
final class Contracts {
  private Contracts() {}
}
