package io.lambdaforge.processor;

import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Per-function authorization rules: where authorizers and scopes may go, what claims need. */
class AuthErrorsTest {
  @Test
  void aFunctionUrlTakesNoAuthorizer() {
    assertError("LF_AUTHORIZER_NOT_ON_SOURCE", "authorizer = \"AWS_IAM\"",
        "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, path = \"/a\",",
        "    authorizer = \"AWS_IAM\"))",
        "public static void a() {}");
  }

  @Test
  void anAlbTakesNoAuthorizer() {
    assertError("LF_AUTHORIZER_NOT_ON_SOURCE", "authorizer = \"orders\"",
        "@Function(triggers = @Trigger(source = Source.ALB, path = \"/a\", priority = 1,",
        "    authorizer = \"orders\"))",
        "public static void a() {}");
  }

  @Test
  void directInvokeTakesNoScopes() {
    assertError("LF_AUTHORIZER_NOT_ON_SOURCE", "scopes = \"x\"",
        "@Function(triggers = @Trigger(source = Source.SDK,",
        "    scopes = \"x\"))",
        "public static String a(String s) { return s; }");
  }

  @Test
  void scopesNeedATokenAuthorizer() {
    assertError("LF_SCOPES_WITHOUT_TOKEN_AUTHORIZER", "scopes = \"orders:read\"",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "    scopes = \"orders:read\"))",
        "public static void a() {}");
  }

  @Test
  void scopesDoNotGoWithIam() {
    assertError("LF_SCOPES_WITHOUT_TOKEN_AUTHORIZER", "scopes = {\"a\", \"b\"}",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/a\",",
        "    authorizer = \"AWS_IAM\",",
        "    scopes = {\"a\", \"b\"}))",
        "public static void a() {}");
  }

  @Test
  void aClaimNeedsAnAuthorizerOnEveryRoute() {
    assertError("LF_CLAIM_WITHOUT_AUTHORIZER", "@Claim(\"sub\")",
        "@Function(triggers = {",
        "    @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\", authorizer = \"orders\"),",
        "    @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/b\")})",
        "public static String a(",
        "    @Claim(\"sub\") String sub) { return sub; }");
  }

  @Test
  void anAuthContextNeedsAnAuthorizerNotIam() {
    assertError("LF_CLAIM_WITHOUT_AUTHORIZER", "@AuthContext(\"tenant\")",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/a\",",
        "    authorizer = \"AWS_IAM\"))",
        "public static String a(",
        "    @AuthContext(\"tenant\") String tenant) { return tenant; }");
  }

  @Test
  void authNeedsProtectionAndAPublicFunctionUrlHasNone() {
    assertError("LF_CLAIM_WITHOUT_AUTHORIZER", "io.lambdaforge.events.auth.Auth auth",
        "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, path = \"/a\"))",
        "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
        "public static String a(",
        "    io.lambdaforge.events.auth.Auth auth) { return \"\"; }");
  }

  @Test
  void aContextValueTheGatewayDropsCannotBeBound() {
    assertError("LF_AUTH_CONTEXT_TYPE", "@AuthContext(\"roles\")",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "    authorizer = \"keys\"))",
        "public static String a(",
        "    @AuthContext(\"roles\") List<String> roles) { return \"\"; }");
  }

  @Test
  void aClaimOfARecordTypeCannotBeBound() {
    assertError("LF_UNBINDABLE_TYPE", "@Claim(\"address\")",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "    authorizer = \"orders\"))",
        "public static String a(",
        "    @Claim(\"address\") Order address) { return \"\"; }");
  }
}
