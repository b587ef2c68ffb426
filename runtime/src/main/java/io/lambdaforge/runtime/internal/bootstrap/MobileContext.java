package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the {@code Lambda-Runtime-Client-Context} and {@code Lambda-Runtime-Cognito-Identity}
 * headers (JSON; sent only for AWS Mobile SDK invocations). Unparseable headers yield null: they
 * must not fail an invocation that does not read them.
 */
final class MobileContext {
  private MobileContext() {}

  static CognitoIdentity identity(String json) {
    JsonNode node = parse(json);
    if (node == null) {
      return null;
    }
    String id = text(node, "cognitoIdentityId");
    String pool = text(node, "cognitoIdentityPoolId");
    return new CognitoIdentity() {
      @Override
      public String getIdentityId() {
        return id;
      }

      @Override
      public String getIdentityPoolId() {
        return pool;
      }
    };
  }

  static ClientContext clientContext(String json) {
    JsonNode node = parse(json);
    if (node == null) {
      return null;
    }
    Client client = client(node.get("client"));
    Map<String, String> custom = strings(node.get("custom"));
    Map<String, String> environment = strings(node.get("env"));
    return new ClientContext() {
      @Override
      public Client getClient() {
        return client;
      }

      @Override
      public Map<String, String> getCustom() {
        return custom;
      }

      @Override
      public Map<String, String> getEnvironment() {
        return environment;
      }
    };
  }

  private static Client client(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String installationId = text(node, "installation_id");
    String appTitle = text(node, "app_title");
    String versionName = text(node, "app_version_name");
    String versionCode = text(node, "app_version_code");
    String packageName = text(node, "app_package_name");
    return new Client() {
      @Override
      public String getInstallationId() {
        return installationId;
      }

      @Override
      public String getAppTitle() {
        return appTitle;
      }

      @Override
      public String getAppVersionName() {
        return versionName;
      }

      @Override
      public String getAppVersionCode() {
        return versionCode;
      }

      @Override
      public String getAppPackageName() {
        return packageName;
      }
    };
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    }
    return Map.copyOf(map);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      JsonNode node = Json.reader().readTree(json);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
