package io.lambdaforge.processor;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random values of any type the codecs support, built by reflection from a seed: hostile strings
 * (quotes, backslashes, control characters, line separators, non-BMP characters), extreme numbers,
 * nulls, empty and large collections, and nesting up to {@code maxDepth}.
 */
final class RandomValues {
  private static final String[] PIECES = {
    "a", "Z", "0", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f",
    "\u2028", "\u2029", "é", "ß", "中", "😀", "𝄞", "</script>", "${x}", "null", "true", "{", "]", ":"
  };

  private final Random random;
  private final int maxDepth;

  RandomValues(long seed, int maxDepth) {
    this.random = new Random(seed);
    this.maxDepth = maxDepth;
  }

  Object of(Type type) throws ReflectiveOperationException {
    return of(type, 0, false);
  }

  private Object of(Type type, int depth, boolean nullable) throws ReflectiveOperationException {
    if (nullable && random.nextInt(8) == 0) {
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(of(args[0], depth + 1, false));
      }
      int size = depth >= maxDepth ? 0 : random.nextInt(random.nextInt(10) == 0 ? 20 : 4);
      if (raw == Map.class) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(string(), of(args[1], depth + 1, true));
        }
        return map;
      }
      Collection<Object> out = raw == Set.class ? new HashSet<>() : new ArrayList<>();
      for (int i = 0; i < size; i++) {
        out.add(of(args[0], depth + 1, raw != Set.class));
      }
      return out;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return string();
    }
    if (c == int.class || c == Integer.class) {
      return pick(random.nextInt(), 0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }
    if (c == long.class || c == Long.class) {
      return pick(random.nextLong(), 0L, Long.MAX_VALUE, Long.MIN_VALUE);
    }
    if (c == short.class || c == Short.class) {
      return (short) random.nextInt();
    }
    if (c == byte.class || c == Byte.class) {
      return (byte) random.nextInt();
    }
    if (c == boolean.class || c == Boolean.class) {
      return random.nextBoolean();
    }
    if (c == double.class || c == Double.class) {
      return pick(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20), 0d, -0d,
          Double.MAX_VALUE, Double.MIN_VALUE, 1e21, 0.1, (double) random.nextInt());
    }
    if (c == float.class || c == Float.class) {
      return pick(random.nextFloat() * (float) Math.pow(10, random.nextInt(20) - 10), 0f,
          Float.MAX_VALUE, Float.MIN_VALUE, 1.1f);
    }
    if (c == BigDecimal.class) {
      return new BigDecimal(new BigInteger(random.nextInt(200) + 1, random), random.nextInt(40) - 20)
          .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1));
    }
    if (c == BigInteger.class) {
      return new BigInteger(random.nextInt(300) + 1, random).subtract(BigInteger.TEN.pow(20));
    }
    if (c == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    }
    if (c == Instant.class) {
      return Instant.ofEpochSecond(random.nextInt() * 8L, random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }
    if (c == LocalDate.class) {
      return LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000);
    }
    if (c == LocalTime.class) {
      return LocalTime.ofNanoOfDay(random.nextBoolean() ? random.nextInt(86_400) * 1_000_000_000L
          : Math.floorMod(random.nextLong(), 86_400_000_000_000L));
    }
    if (c == LocalDateTime.class) {
      return LocalDateTime.of((LocalDate) of(LocalDate.class, depth, false), (LocalTime) of(LocalTime.class, depth, false));
    }
    if (c == byte[].class) {
      byte[] bytes = new byte[random.nextInt(40)];
      random.nextBytes(bytes);
      return bytes;
    }
    if (c.isArray()) {
      int size = depth >= maxDepth ? 0 : random.nextInt(4);
      Object array = Array.newInstance(c.getComponentType(), size);
      for (int i = 0; i < size; i++) {
        Array.set(array, i, of(c.getComponentType(), depth + 1, true));
      }
      return array;
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (c.isRecord()) {
      RecordComponent[] components = c.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = of(components[i].getGenericType(), depth + 1, !types[i].isPrimitive());
      }
      Constructor<?> constructor = c.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    }
    Object bean = c.getDeclaredConstructor().newInstance();
    for (Field field : c.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
      Method setter = c.getMethod("set" + suffix, field.getType());
      setter.invoke(bean, of(field.getGenericType(), depth + 1, !field.getType().isPrimitive()));
    }
    return bean;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private String string() {
    int length = random.nextInt(random.nextInt(10) == 0 ? 200 : 8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : (char) (' ' + random.nextInt(95)));
    }
    return out.toString();
  }

}
