package io.distconnect.testsupport;

/** Reads a setting from a system property first, then the environment; blank counts as unset. */
final class Env {
  private Env() {}

  static String get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
