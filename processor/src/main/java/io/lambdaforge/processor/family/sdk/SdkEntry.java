package io.lambdaforge.processor.family.sdk;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.StaticFields;
import io.lambdaforge.processor.model.FunctionModel;

/** Direct invoke inside another family's adapter: {@code invokeSdk}, routed by {@code .sdk(...)}. */
final class SdkEntry implements AdapterEntry {
  @Override
  public String describe() {
    return "direct invoke (SDK): the JSON payload is the input";
  }

  @Override
  public MethodSpec write(FunctionModel model, StaticFields fields) {
    return new SdkEntryWriter(model, fields).write();
  }

  @Override
  public CodeBlock register(ClassName adapter) {
    return CodeBlock.of(".sdk($T::$N)", adapter, SdkEntryWriter.METHOD);
  }
}
