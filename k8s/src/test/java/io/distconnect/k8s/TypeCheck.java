package io.distconnect.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an object as written with the same object after a trip through fabric8's typed model.
 * Jackson quietly coerces scalars ({@code replicas: "3"} becomes 3) where the API server would
 * refuse them; such a value comes back with another JSON type, and is reported here with its path.
 */
final class TypeCheck {
  private TypeCheck() {}

  static List<String> mismatches(JsonNode written, JsonNode typed) {
    List<String> found = new ArrayList<>();
    compare(written, typed, "", found);
    return found;
  }

  private static void compare(JsonNode written, JsonNode typed, String path, List<String> found) {
    if (written == null || written.isNull()) {
      return;
    }
    if (written.isContainerNode() && written.isEmpty()) {
      return; // fabric8 leaves out empty lists and maps; they carry no value.
    }
    if (typed == null || typed.isMissingNode() || typed.isNull()) {
      found.add(path + ": the typed model dropped this value");
      return;
    }
    if (written.isObject()) {
      if (!typed.isObject()) {
        found.add(path + ": an object where the schema expects " + kind(typed));
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = written.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(field.getValue(), typed.get(field.getKey()), join(path, field.getKey()), found);
      }
      return;
    }
    if (written.isArray()) {
      if (!typed.isArray() || typed.size() != written.size()) {
        found.add(path + ": a list where the schema expects " + kind(typed));
        return;
      }
      for (int i = 0; i < written.size(); i++) {
        compare(written.get(i), typed.get(i), path + "[" + i + "]", found);
      }
      return;
    }
    if (!kind(written).equals(kind(typed))) {
      found.add(
          path + ": " + kind(written) + " " + written + " where the schema expects " + kind(typed));
    }
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.getNodeType().toString();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
