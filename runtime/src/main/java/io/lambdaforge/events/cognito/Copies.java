package io.lambdaforge.events.cognito;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies that keep order and turn an absent (null) map or list into an empty one. */
final class Copies {
  private Copies() {}

  static <V> Map<String, V> map(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return Collections.unmodifiableMap(copy);
  }

  static <T> List<T> with(List<T> list, T value) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.add(value);
    return Collections.unmodifiableList(copy);
  }
}
