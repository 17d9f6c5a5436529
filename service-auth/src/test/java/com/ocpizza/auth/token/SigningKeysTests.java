package com.ocpizza.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

  @TempDir Path dir;

  @Test
  void generatesAKeyOnceAndReusesItOnTheNextStart() throws Exception {
    Path file = dir.resolve("auth/jwt-signing-key.pem");
    SigningKeyProperties properties = new SigningKeyProperties(null, null, file, true);

    SigningKeys first = SigningKeys.load(properties);
    SigningKeys second = SigningKeys.load(properties);

    assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(second.current().getKeyID()).isEqualTo(first.current().getKeyID());
    assertThat(first.current().toRSAPublicKey().getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void usesTheConfiguredPemWithAStableKeyId() throws Exception {
    SigningKeys generated =
        SigningKeys.load(new SigningKeyProperties(null, null, dir.resolve("k.pem"), true));
    String pem = SigningKeys.toPem(generated.current());

    SigningKeys configured =
        SigningKeys.load(new SigningKeyProperties(pem, null, dir.resolve("unused.pem"), false));

    assertThat(configured.current().getKeyID()).isEqualTo(generated.current().getKeyID());
    assertThat(Files.exists(dir.resolve("unused.pem"))).isFalse();
  }

  @Test
  void publishesThePreviousPublicKeyButSignsWithTheCurrentOnly() throws Exception {
    SigningKeys old =
        SigningKeys.load(new SigningKeyProperties(null, null, dir.resolve("old.pem"), true));
    SigningKeys rotated =
        SigningKeys.load(
            new SigningKeyProperties(
                null, SigningKeys.toPublicPem(old.current()), dir.resolve("new.pem"), true));
    JWKSelector all = new JWKSelector(new JWKMatcher.Builder().build());

    List<JWK> published = rotated.published().get(all, null);
    List<JWK> signing = rotated.signing().get(all, null);

    assertThat(published)
        .extracting(JWK::getKeyID)
        .containsExactly(rotated.current().getKeyID(), old.current().getKeyID());
    assertThat(published.get(1).isPrivate()).isFalse();
    assertThat(signing).extracting(JWK::getKeyID).containsExactly(rotated.current().getKeyID());
  }

  @Test
  void refusesToStartWithoutAKeyWhereGeneratingIsNotAllowed() {
    assertThatThrownBy(
            () ->
                SigningKeys.load(
                    new SigningKeyProperties(null, null, dir.resolve("none.pem"), false)))
        .hasMessageContaining("OCPIZZA_JWT_SIGNING_KEY_PEM");
  }
}
