package io.lambdaforge.descriptor.family.http;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.TriggerSource;

/**
 * Function URLs in the SAM template: SAM's {@code FunctionUrlConfig} on the function (SAM then
 * creates {@code <FunctionId>Url}, an {@code AWS::Lambda::Url}, and for {@code NONE} the public
 * permission), an output with the URL, and for a URL behind CloudFront the origin access control,
 * the distribution and CloudFront's permissions.
 *
 * <p>CloudFront: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html
 * asks for {@code AuthType AWS_IAM}, an OAC of origin type {@code lambda} signing {@code always} with
 * {@code sigv4}, and resource-based permissions for {@code cloudfront.amazonaws.com} scoped to the
 * distribution's ARN. Since October 2025 a function URL caller needs both
 * {@code lambda:InvokeFunctionUrl} and {@code lambda:InvokeFunction} (the latter with
 * {@code InvokedViaFunctionUrl}), https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html, so
 * both are granted. Caching is disabled and every viewer header but {@code Host} is forwarded with
 * AWS's managed policies
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html,
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html).
 */
final class UrlWiring {
  /** Managed cache policy {@code CachingDisabled}. */
  static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  /** Managed origin request policy {@code AllViewerExceptHostHeader}. */
  static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
  private static final String ORIGIN_ID = "FunctionUrl";

  private UrlWiring() {}

  static boolean hasUrl(FunctionSpec f) {
    return f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.FUNCTION_URL);
  }

  /** The URL's settings: the function's, or the defaults when its triggers alone declare it. */
  static FunctionUrlSpec settings(FunctionSpec f) {
    return f.functionUrl() == null ? FunctionUrlSpec.DEFAULT : f.functionUrl();
  }

  /** The logical ID SAM gives the {@code AWS::Lambda::Url} of {@code FunctionUrlConfig}. */
  static String urlId(FunctionSpec f) {
    return f.logicalId() + "Url";
  }

  static void properties(FunctionSpec f, ObjectNode properties) {
    if (!hasUrl(f)) {
      return;
    }
    ObjectNode config = properties.putObject("FunctionUrlConfig")
        .put("AuthType", settings(f).authType())
        .put("InvokeMode", "BUFFERED");
    CorsWiring.urlConfig(f, config);
  }

  static void resources(FunctionSpec f, ObjectNode resources) {
    if (!hasUrl(f) || !settings(f).behindCloudFront()) {
      return;
    }
    String stem = Cfn.stem(f);
    String oac = stem + "UrlOriginAccessControl";
    String distribution = stem + "Distribution";
    ObjectNode oacConfig = NODES.objectNode()
        .put("Description", "Signs CloudFront's requests to the function URL of " + f.name())
        .put("OriginAccessControlOriginType", "lambda")
        .put("SigningBehavior", "always")
        .put("SigningProtocol", "sigv4");
    // OAC names are unique per account and at most 64 characters
    oacConfig.set("Name", Cfn.sub(
        "${AWS::StackName}-" + stem.substring(0, Math.min(stem.length(), 20)) + "-${AWS::Region}"));
    resources.set(oac, NODES.objectNode()
        .put("Type", "AWS::CloudFront::OriginAccessControl")
        .set("Properties", NODES.objectNode().set("OriginAccessControlConfig", oacConfig)));
    resources.set(distribution, distribution(f, oac));
    resources.set(stem + "CloudFrontUrlPermission", permission(f, distribution, "lambda:InvokeFunctionUrl"));
    resources.set(stem + "CloudFrontInvokePermission", permission(f, distribution, "lambda:InvokeFunction"));
  }

  private static ObjectNode distribution(FunctionSpec f, String oac) {
    ObjectNode origin = NODES.objectNode().put("Id", ORIGIN_ID);
    // https://<url-id>.lambda-url.<region>.on.aws/ -> its host name
    ObjectNode split = NODES.objectNode();
    split.putArray("Fn::Split").add("/").add(Cfn.getAtt(urlId(f), "FunctionUrl"));
    ObjectNode select = NODES.objectNode();
    select.putArray("Fn::Select").add(2).add(split);
    origin.set("DomainName", select);
    origin.set("OriginAccessControlId", Cfn.getAtt(oac, "Id"));
    ObjectNode custom = origin.putObject("CustomOriginConfig")
        .put("OriginProtocolPolicy", "https-only")
        .put("HTTPSPort", 443);
    custom.putArray("OriginSSLProtocols").add("TLSv1.2");
    ObjectNode behavior = NODES.objectNode()
        .put("TargetOriginId", ORIGIN_ID)
        .put("ViewerProtocolPolicy", "redirect-to-https")
        .put("CachePolicyId", CACHING_DISABLED)
        .put("OriginRequestPolicyId", ALL_VIEWER_EXCEPT_HOST)
        .put("Compress", true);
    ArrayNode allowed = behavior.putArray("AllowedMethods");
    for (String m : new String[] {"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"}) {
      allowed.add(m);
    }
    behavior.putArray("CachedMethods").add("GET").add("HEAD");
    ObjectNode config = NODES.objectNode()
        .put("Enabled", true)
        .put("Comment", "Function URL of " + f.name() + " behind CloudFront")
        .put("HttpVersion", "http2and3");
    config.putArray("Origins").add(origin);
    config.set("DefaultCacheBehavior", behavior);
    return NODES.objectNode()
        .put("Type", "AWS::CloudFront::Distribution")
        .set("Properties", NODES.objectNode().set("DistributionConfig", config));
  }

  private static ObjectNode permission(FunctionSpec f, String distribution, String action) {
    ObjectNode props = NODES.objectNode()
        .put("Action", action)
        .put("Principal", "cloudfront.amazonaws.com");
    props.set("FunctionName", Cfn.invokeTarget(f));
    props.set("SourceArn", Cfn.sub(
        "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + distribution + "}"));
    if (action.equals("lambda:InvokeFunctionUrl")) {
      props.put("FunctionUrlAuthType", "AWS_IAM");
    } else {
      props.put("InvokedViaFunctionUrl", true);
    }
    return NODES.objectNode()
        .put("Type", "AWS::Lambda::Permission")
        .set("Properties", props);
  }

  static void outputs(Application app, ObjectNode outputs) {
    for (FunctionSpec f : app.functions()) {
      if (!hasUrl(f)) {
        continue;
      }
      outputs.set(Cfn.stem(f) + "FunctionUrl", NODES.objectNode()
          .put("Description", "Function URL of " + f.name() + " (AuthType " + settings(f).authType() + ")")
          .set("Value", Cfn.getAtt(urlId(f), "FunctionUrl")));
      if (settings(f).behindCloudFront()) {
        outputs.set(Cfn.stem(f) + "DistributionUrl", NODES.objectNode()
            .put("Description", "CloudFront URL in front of the function URL of " + f.name())
            .set("Value", Cfn.sub("https://${" + Cfn.stem(f) + "Distribution.DomainName}")));
      }
    }
  }
}
