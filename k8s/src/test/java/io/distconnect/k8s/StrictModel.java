package io.distconnect.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the fields a typed fabric8 object did not recognise. fabric8's model never rejects an
 * unknown field: it parks it in {@code additionalProperties}. A typo such as {@code readinesProbe}
 * therefore parses fine and is silently dropped by the API server's non-strict clients — this walk
 * makes it an error, the way {@code kubectl apply --validate=strict} would.
 */
final class StrictModel {
  /** Suffix of a path whose field exists but whose value has the wrong type. */
  static final String WRONG_TYPE = " (a known field with a value of the wrong type)";

  private StrictModel() {}

  /** Paths like {@code spec.template.spec.containers[0].readinesProbe}, empty when all is known. */
  static List<String> unknownFields(Object root) {
    List<String> found = new ArrayList<>();
    walk(root, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
    if (value == null
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || !seen.add(value)) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, child) -> walk(child, path + "." + key, found, seen));
      return;
    }
    if (value instanceof Collection<?> collection) {
      int index = 0;
      for (Object child : collection) {
        walk(child, path + "[" + index++ + "]", found, seen);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || method.getReturnType() == void.class
          || !method.getName().startsWith("get")
          || method.getName().equals("getClass")) {
        continue;
      }
      Object child = invoke(method, value);
      if (method.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          for (Object key : extra.keySet()) {
            String name = String.valueOf(key);
            // fabric8 also parks a known field here when its value has the wrong type.
            found.add(join(path, name) + (isProperty(value.getClass(), name) ? WRONG_TYPE : ""));
          }
        }
        continue;
      }
      walk(child, join(path, property(method.getName())), found, seen);
    }
  }

  private static boolean isProperty(Class<?> type, String name) {
    String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    try {
      type.getMethod(getter);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // Derived getters of the model (e.g. plural names) may refuse some objects: not a field.
      return null;
    }
  }

  private static String property(String getter) {
    String name = getter.substring(3);
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
