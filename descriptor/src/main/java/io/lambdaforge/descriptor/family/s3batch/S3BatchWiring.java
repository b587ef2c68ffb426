package io.lambdaforge.descriptor.family.s3batch;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TrafficShare;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;

/**
 * One Output per S3 Batch function: the ARN to put in a job's {@code LambdaInvoke} operation
 * ({@code FunctionArn},
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html) and in
 * the job role's {@code lambda:InvokeFunction} statement: the function, or its alias when it is
 * deployed behind one.
 */
final class S3BatchWiring implements TemplateWiring {
  @Override
  public void outputs(Application app, ObjectNode outputs) {
    for (FunctionSpec f : app.functions()) {
      if (TrafficShare.has(f, TriggerSource.S3_BATCH)) {
        outputs.set(Cfn.stem(f) + "S3BatchFunctionArn", NODES.objectNode()
            .put("Description", "FunctionArn of the S3 Batch Operations LambdaInvoke operation that runs "
                + "function " + f.name() + "; the job's role needs lambda:InvokeFunction on it")
            .set("Value", Cfn.invokeTarget(f)));
      }
    }
  }
}
