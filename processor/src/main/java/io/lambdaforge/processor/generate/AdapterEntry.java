package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.lambdaforge.processor.model.FunctionModel;

/**
 * One source family's entry point inside an adapter that another family writes: a function with
 * HTTP triggers and an SDK trigger gets one HTTP adapter, and the direct-invoke family adds its
 * {@code invokeSdk} method to it. The host writes its own members first, then asks each entry for
 * its method (which may register static fields in the host's {@link StaticFields}), and routes to
 * it with {@link #register}.
 */
public interface AdapterEntry {
  /** The adapter Javadoc's list item for this entry, without the {@code <li>}. */
  String describe();

  /** The entry's method; its static fields go into {@code fields}, the adapter's shared set. */
  MethodSpec write(FunctionModel model, StaticFields fields);

  /** The dispatcher builder call routing to the method, e.g. {@code .sdk(Adapter::invokeSdk)}. */
  CodeBlock register(ClassName adapter);
}
