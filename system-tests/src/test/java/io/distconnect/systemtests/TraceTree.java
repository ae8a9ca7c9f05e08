package io.distconnect.systemtests;

import io.distconnect.systemtests.OtlpReceiver.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the spans of one trace as an indented tree (what a failing trace assertion prints). */
final class TraceTree {
  private TraceTree() {}

  static String render(List<Span> spans) {
    Map<String, List<Span>> children = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Span s : spans) {
      ids.add(s.spanId());
    }
    List<Span> roots = new ArrayList<>();
    for (Span s : spans) {
      if (s.isRoot() || !ids.contains(s.parentSpanId())) {
        roots.add(s);
      } else {
        children.computeIfAbsent(s.parentSpanId(), k -> new ArrayList<>()).add(s);
      }
    }
    Comparator<Span> byStart = Comparator.comparingLong(Span::startNanos);
    roots.sort(byStart);
    StringBuilder out = new StringBuilder();
    if (!spans.isEmpty()) {
      out.append("trace ").append(spans.get(0).traceId()).append(" (").append(spans.size());
      out.append(" spans)\n");
    }
    long t0 = roots.isEmpty() ? 0 : roots.get(0).startNanos();
    for (Span root : roots) {
      if (!root.isRoot()) {
        out.append("  (parent ").append(root.parentSpanId()).append(" not received)\n");
      }
      append(out, root, children, byStart, 1, t0);
    }
    return out.toString();
  }

  private static void append(
      StringBuilder out,
      Span s,
      Map<String, List<Span>> children,
      Comparator<Span> byStart,
      int depth,
      long t0) {
    out.append("  ".repeat(depth))
        .append(String.format("%-22s", s.service()))
        .append(' ')
        .append(s.kind())
        .append(' ')
        .append(s.name())
        .append("  [span ")
        .append(s.spanId())
        .append(s.isRoot() ? "" : ", parent " + s.parentSpanId())
        .append(String.format(", +%d ms, %d ms", (s.startNanos() - t0) / 1_000_000, duration(s)))
        .append(s.linkedSpans().isEmpty() ? "" : ", links " + s.linkedSpans())
        .append("]\n");
    List<Span> kids = new ArrayList<>(children.getOrDefault(s.spanId(), List.of()));
    kids.sort(byStart);
    for (Span k : kids) {
      append(out, k, children, byStart, depth + 1, t0);
    }
  }

  private static long duration(Span s) {
    return (s.endNanos() - s.startNanos()) / 1_000_000;
  }
}
