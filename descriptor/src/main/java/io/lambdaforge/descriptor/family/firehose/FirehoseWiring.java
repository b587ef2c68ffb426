package io.lambdaforge.descriptor.family.firehose;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TrafficShare;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;

/**
 * One Output per transformation function: what the delivery stream's {@code
 * ProcessingConfiguration} puts in its {@code LambdaArn} processor parameter
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-processor.html):
 * the function, or its alias when it has provisioned concurrency.
 */
final class FirehoseWiring implements TemplateWiring {
  @Override
  public void outputs(Application app, ObjectNode outputs) {
    for (FunctionSpec f : app.functions()) {
      if (TrafficShare.has(f, TriggerSource.FIREHOSE)) {
        outputs.set(Cfn.stem(f) + "FirehoseProcessorArn", NODES.objectNode()
            .put("Description", "LambdaArn of the Firehose ProcessingConfiguration that transforms with "
                + "function " + f.name())
            .set("Value", Cfn.invokeTarget(f)));
      }
    }
  }
}
