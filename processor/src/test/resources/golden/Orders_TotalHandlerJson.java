package com.acme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Tokens;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Compile-time JSON codecs of function {@code total}: byte-identical to
 * databind under the runtime's configuration; what they do not accept goes to databind.
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
final class Orders_TotalHandlerJson {
  static final JsonCodec<List<Orders.Line>> CODEC_0 = new JsonCodec<List<Orders.Line>>() {
    @Override
    public List<Orders.Line> read(JsonParser p) throws IOException {
      return read0(p);
    }

    @Override
    public void write(JsonGenerator g, List<Orders.Line> v) throws IOException {
      write0(g, v);
    }

    @Override
    public Type type() {
      return new TypeReference<List<Orders.Line>>() {}.getType();
    }
  };

  static final JsonCodec<Orders.Total> CODEC_1 = new JsonCodec<Orders.Total>() {
    @Override
    public Orders.Total read(JsonParser p) throws IOException {
      return read2(p);
    }

    @Override
    public void write(JsonGenerator g, Orders.Total v) throws IOException {
      write2(g, v);
    }

    @Override
    public Type type() {
      return Orders.Total.class;
    }
  };

  private static final SerializedString NAME_SKU = new SerializedString("sku");

  private static final SerializedString NAME_QUANTITY = new SerializedString("quantity");

  private static final SerializedString NAME_ITEMS = new SerializedString("items");

  private static final SerializedString NAME_BY = new SerializedString("by");

  private static final SerializedString[] ORDER_1 = {NAME_SKU, NAME_QUANTITY};

  private static final SerializedString[] ORDER_2 = {NAME_ITEMS, NAME_BY};

  private Orders_TotalHandlerJson() {
  }

  private static List<Orders.Line> read0(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Tokens.startArray(p);
    ArrayList<Orders.Line> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(read1(p));
    }
    return out;
  }

  private static void write0(JsonGenerator g, List<Orders.Line> v) throws IOException {
    g.writeStartArray();
    for (Orders.Line e : v) {
      if (e == null) {
        g.writeNull();
      } else {
        write1(g, e);
      }
    }
    g.writeEndArray();
  }

  private static Orders.Line read1(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Tokens.startObject(p);
    String a0 = null;
    int a1 = (int) 0;
    int next = 0;
    for (String name = Tokens.nextName(p, ORDER_1, next); name != null; name = Tokens.nextName(p, ORDER_1, next)) {
      p.nextToken();
      switch (name) {
        case "sku":
          a0 = Tokens.string(p);
          next = 1;
          break;
        case "quantity":
          a1 = Tokens.intValue(p);
          next = 2;
          break;
        default:
          p.skipChildren();
      }
    }
    return new Orders.Line(a0, a1);
  }

  private static void write1(JsonGenerator g, Orders.Line v) throws IOException {
    g.writeStartObject();
    String f0 = v.sku();
    g.writeFieldName(NAME_SKU);
    if (f0 == null) {
      g.writeNull();
    } else {
      g.writeString(f0);
    }
    int f1 = v.quantity();
    g.writeFieldName(NAME_QUANTITY);
    g.writeNumber(f1);
    g.writeEndObject();
  }

  private static Orders.Total read2(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Tokens.startObject(p);
    int a0 = (int) 0;
    String a1 = null;
    int next = 0;
    for (String name = Tokens.nextName(p, ORDER_2, next); name != null; name = Tokens.nextName(p, ORDER_2, next)) {
      p.nextToken();
      switch (name) {
        case "items":
          a0 = Tokens.intValue(p);
          next = 1;
          break;
        case "by":
          a1 = Tokens.string(p);
          next = 2;
          break;
        default:
          p.skipChildren();
      }
    }
    return new Orders.Total(a0, a1);
  }

  private static void write2(JsonGenerator g, Orders.Total v) throws IOException {
    g.writeStartObject();
    int f0 = v.items();
    g.writeFieldName(NAME_ITEMS);
    g.writeNumber(f0);
    String f1 = v.by();
    g.writeFieldName(NAME_BY);
    if (f1 == null) {
      g.writeNull();
    } else {
      g.writeString(f1);
    }
    g.writeEndObject();
  }
}
