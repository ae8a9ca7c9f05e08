package io.distconnect.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the NetworkPolicies of one namespace the way the API defines them: a pod selected by no
 * policy of a direction is open in that direction; otherwise a connection needs one rule that
 * matches the peer and the port. Only in-namespace pod peers are modelled (namespaceSelector and
 * ipBlock peers never match a pod of the namespace here).
 */
final class NetworkPolicies {
  private final List<NetworkPolicy> policies;

  NetworkPolicies(Manifests manifests) {
    this.policies = manifests.typed(NetworkPolicy.class);
  }

  /** A pod: its labels and its named container ports. */
  record Pod(String name, Map<String, String> labels, Map<String, Integer> namedPorts) {}

  boolean isolated(Pod pod, String direction) {
    return policies.stream()
        .anyMatch(
            p ->
                types(p).contains(direction)
                    && matches(p.getSpec().getPodSelector(), pod.labels()));
  }

  /** Whether {@code from} may open a TCP connection to {@code port} of {@code to}. */
  boolean allows(Pod from, Pod to, int port) {
    return egressAllows(from, to, port) && ingressAllows(from, to, port);
  }

  boolean egressAllows(Pod from, Pod to, int port) {
    if (!isolated(from, "Egress")) {
      return true;
    }
    for (NetworkPolicy policy : policies) {
      if (!types(policy).contains("Egress")
          || !matches(policy.getSpec().getPodSelector(), from.labels())) {
        continue;
      }
      for (var rule : Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of())) {
        if (peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean ingressAllows(Pod from, Pod to, int port) {
    if (!isolated(to, "Ingress")) {
      return true;
    }
    for (NetworkPolicy policy : policies) {
      if (!types(policy).contains("Ingress")
          || !matches(policy.getSpec().getPodSelector(), to.labels())) {
        continue;
      }
      for (var rule : Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of())) {
        if (peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> types(NetworkPolicy policy) {
    List<String> types = policy.getSpec().getPolicyTypes();
    if (types != null && !types.isEmpty()) {
      return types;
    }
    return policy.getSpec().getEgress() == null ? List.of("Ingress") : List.of("Ingress", "Egress");
  }

  private static boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
    if (peers == null || peers.isEmpty()) {
      return true;
    }
    for (NetworkPolicyPeer peer : peers) {
      if (peer.getIpBlock() == null
          && peer.getNamespaceSelector() == null
          && peer.getPodSelector() != null
          && matches(peer.getPodSelector(), pod.labels())) {
        return true;
      }
    }
    return false;
  }

  private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod pod, int port) {
    if (ports == null || ports.isEmpty()) {
      return true;
    }
    for (NetworkPolicyPort p : ports) {
      if (p.getProtocol() != null && !p.getProtocol().equals("TCP")) {
        continue;
      }
      if (p.getPort() == null) {
        return true;
      }
      Integer number = p.getPort().getIntVal();
      if (number == null) {
        number = pod.namedPorts().get(p.getPort().getStrVal());
      }
      int end = p.getEndPort() == null ? (number == null ? -1 : number) : p.getEndPort();
      if (number != null && port >= number && port <= end) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, String> required = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
    for (Map.Entry<String, String> e : required.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement r :
        Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of())) {
      String value = labels.get(r.getKey());
      boolean ok =
          switch (r.getOperator()) {
            case "In" -> value != null && r.getValues().contains(value);
            case "NotIn" -> value == null || !r.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("operator " + r.getOperator());
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
