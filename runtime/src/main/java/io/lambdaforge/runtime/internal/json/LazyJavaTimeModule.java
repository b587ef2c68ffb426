package io.lambdaforge.runtime.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.introspect.ClassIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Jackson's {@code java.time} support, set up the first time a {@code java.time} type is written
 * or read instead of at start-up. Setting up {@link JavaTimeModule} loads about 240 classes (its
 * serializers and deserializers and much of {@code java.time}), which every cold start would pay,
 * also for the many functions that never see a date. This module registers small lookups that
 * answer only for {@code java.time} types and hand them to a real {@link JavaTimeModule}, set up
 * on that first use; the results are exactly that module's.
 */
final class LazyJavaTimeModule extends Module {

  @Override
  public String getModuleName() {
    return "lambdaforge-lazy-java-time";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
        return isJavaTime(type) ? Parts.get().serializer(Parts.get().serializers, config, type, bean) : null;
      }
    });
    context.addKeySerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
        return isJavaTime(type) ? Parts.get().serializer(Parts.get().keySerializers, config, type, bean) : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean)
          throws JsonMappingException {
        if (!isJavaTime(type)) {
          return null;
        }
        for (Deserializers deserializers : Parts.get().deserializers) {
          JsonDeserializer<?> found = deserializers.findBeanDeserializer(type, config, bean);
          if (found != null) {
            return found;
          }
        }
        return null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        if (isJavaTime(valueType)) {
          for (Deserializers deserializers : Parts.get().deserializers) {
            if (deserializers.hasDeserializerFor(config, valueType)) {
              return true;
            }
          }
        }
        return false;
      }
    });
    context.addKeyDeserializers(new KeyDeserializers() {
      @Override
      public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean)
          throws JsonMappingException {
        if (!isJavaTime(type)) {
          return null;
        }
        for (KeyDeserializers keys : Parts.get().keyDeserializers) {
          KeyDeserializer found = keys.findKeyDeserializer(type, config, bean);
          if (found != null) {
            return found;
          }
        }
        return null;
      }
    });
    context.addValueInstantiators(new ValueInstantiators.Base() {
      @Override
      public ValueInstantiator findValueInstantiator(
          DeserializationConfig config, BeanDescription bean, ValueInstantiator instantiator) {
        if (!isJavaTime(bean.getBeanClass())) {
          return instantiator;
        }
        for (ValueInstantiators instantiators : Parts.get().valueInstantiators) {
          instantiator = instantiators.findValueInstantiator(config, bean, instantiator);
        }
        return instantiator;
      }
    });
    context.addBeanSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifyEnumSerializer(
          SerializationConfig config, JavaType type, BeanDescription bean, JsonSerializer<?> serializer) {
        if (isJavaTime(type)) {
          for (BeanSerializerModifier modifier : Parts.get().serializerModifiers) {
            serializer = modifier.modifyEnumSerializer(config, type, bean, serializer);
          }
        }
        return serializer;
      }
    });
    context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(
          DeserializationConfig config, JavaType type, BeanDescription bean, JsonDeserializer<?> deserializer) {
        if (isJavaTime(type)) {
          for (BeanDeserializerModifier modifier : Parts.get().deserializerModifiers) {
            deserializer = modifier.modifyEnumDeserializer(config, type, bean, deserializer);
          }
        }
        return deserializer;
      }
    });
  }

  private static boolean isJavaTime(JavaType type) {
    return isJavaTime(type.getRawClass());
  }

  private static boolean isJavaTime(Class<?> type) {
    return type.getName().startsWith("java.time.");
  }

  /**
   * What {@link JavaTimeModule#setupModule} registers, recorded once on first use. It may only
   * add lookups and modifiers; anything else it asks for is a Jackson upgrade to look at.
   */
  static final class Parts implements SetupContext {
    final List<Serializers> serializers = new ArrayList<>();
    final List<Serializers> keySerializers = new ArrayList<>();
    final List<Deserializers> deserializers = new ArrayList<>();
    final List<KeyDeserializers> keyDeserializers = new ArrayList<>();
    final List<ValueInstantiators> valueInstantiators = new ArrayList<>();
    final List<BeanSerializerModifier> serializerModifiers = new ArrayList<>();
    final List<BeanDeserializerModifier> deserializerModifiers = new ArrayList<>();

    private static final class Holder {
      static final Parts PARTS = record();
    }

    static Parts get() {
      return Holder.PARTS;
    }

    private static Parts record() {
      Parts parts = new Parts();
      new JavaTimeModule().setupModule(parts);
      return parts;
    }

    JsonSerializer<?> serializer(
        List<Serializers> from, SerializationConfig config, JavaType type, BeanDescription bean) {
      for (Serializers candidates : from) {
        JsonSerializer<?> found = candidates.findSerializer(config, type, bean);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    @Override
    public void addSerializers(Serializers s) {
      serializers.add(s);
    }

    @Override
    public void addKeySerializers(Serializers s) {
      keySerializers.add(s);
    }

    @Override
    public void addDeserializers(Deserializers d) {
      deserializers.add(d);
    }

    @Override
    public void addKeyDeserializers(KeyDeserializers d) {
      keyDeserializers.add(d);
    }

    @Override
    public void addValueInstantiators(ValueInstantiators instantiators) {
      valueInstantiators.add(instantiators);
    }

    @Override
    public void addBeanSerializerModifier(BeanSerializerModifier modifier) {
      serializerModifiers.add(modifier);
    }

    @Override
    public void addBeanDeserializerModifier(BeanDeserializerModifier modifier) {
      deserializerModifiers.add(modifier);
    }

    private static UnsupportedOperationException unexpected(String what) {
      return new UnsupportedOperationException("JavaTimeModule asked for " + what
          + "; LazyJavaTimeModule records only lookups and modifiers: review it for this Jackson version");
    }

    @Override
    public Version getMapperVersion() {
      return Version.unknownVersion();
    }

    @Override
    public <C extends ObjectCodec> C getOwner() {
      throw unexpected("the owning mapper");
    }

    @Override
    public TypeFactory getTypeFactory() {
      return TypeFactory.defaultInstance();
    }

    @Override
    public boolean isEnabled(MapperFeature f) {
      throw unexpected("MapperFeature " + f);
    }

    @Override
    public boolean isEnabled(DeserializationFeature f) {
      throw unexpected("DeserializationFeature " + f);
    }

    @Override
    public boolean isEnabled(SerializationFeature f) {
      throw unexpected("SerializationFeature " + f);
    }

    @Override
    public boolean isEnabled(JsonFactory.Feature f) {
      throw unexpected("JsonFactory.Feature " + f);
    }

    @Override
    public boolean isEnabled(JsonParser.Feature f) {
      throw unexpected("JsonParser.Feature " + f);
    }

    @Override
    public boolean isEnabled(JsonGenerator.Feature f) {
      throw unexpected("JsonGenerator.Feature " + f);
    }

    @Override
    public MutableConfigOverride configOverride(Class<?> type) {
      throw unexpected("a config override of " + type);
    }

    @Override
    public void addAbstractTypeResolver(AbstractTypeResolver resolver) {
      throw unexpected("an abstract type resolver");
    }

    @Override
    public void addTypeModifier(TypeModifier modifier) {
      throw unexpected("a type modifier");
    }

    @Override
    public void setClassIntrospector(ClassIntrospector ci) {
      throw unexpected("a class introspector");
    }

    @Override
    public void insertAnnotationIntrospector(AnnotationIntrospector ai) {
      throw unexpected("an annotation introspector");
    }

    @Override
    public void appendAnnotationIntrospector(AnnotationIntrospector ai) {
      throw unexpected("an annotation introspector");
    }

    @Override
    public void registerSubtypes(Class<?>... subtypes) {
      throw unexpected("subtypes");
    }

    @Override
    public void registerSubtypes(NamedType... subtypes) {
      throw unexpected("subtypes");
    }

    @Override
    public void registerSubtypes(Collection<Class<?>> subtypes) {
      throw unexpected("subtypes");
    }

    @Override
    public void setMixInAnnotations(Class<?> target, Class<?> mixinSource) {
      throw unexpected("mix-ins");
    }

    @Override
    public void addDeserializationProblemHandler(DeserializationProblemHandler handler) {
      throw unexpected("a problem handler");
    }

    @Override
    public void setNamingStrategy(PropertyNamingStrategy naming) {
      throw unexpected("a naming strategy");
    }
  }
}
