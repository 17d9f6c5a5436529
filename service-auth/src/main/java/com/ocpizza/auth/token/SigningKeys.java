package com.ocpizza.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA keys of the token signatures: the current one (signs) and, during a rotation, the
 * previous public one (only verifies). Key ids are the RFC 7638 thumbprints, so every replica given
 * the same PEM publishes the same {@code kid}.
 */
final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private final RSAKey current;
  private final List<RSAKey> previous;

  SigningKeys(RSAKey current, List<RSAKey> previous) {
    this.current = current;
    this.previous = List.copyOf(previous);
  }

  /** The keys described by the properties, generating and storing the current one if allowed. */
  static SigningKeys load(SigningKeyProperties properties) {
    RSAKey current;
    if (hasText(properties.pem())) {
      current = fromPrivatePem(properties.pem());
    } else if (Files.exists(properties.file())) {
      current = fromPrivatePem(read(properties.file()));
    } else if (properties.generateIfMissing()) {
      current = generateInto(properties.file());
    } else {
      throw new IllegalStateException(
          "No token signing key: set OCPIZZA_JWT_SIGNING_KEY_PEM (PKCS#8 PEM)");
    }
    List<RSAKey> previous = new ArrayList<>();
    if (hasText(properties.previousPublicKeyPem())) {
      previous.add(fromPublicPem(properties.previousPublicKeyPem()));
    }
    return new SigningKeys(current, previous);
  }

  /** The key that signs, alone, so the encoder never has two candidates. */
  JWKSource<SecurityContext> signing() {
    return new ImmutableJWKSet<>(new JWKSet(current));
  }

  /** Every key a token may have been signed with: what the JWKS endpoint publishes. */
  JWKSource<SecurityContext> published() {
    List<JWK> keys = new ArrayList<>();
    keys.add(current);
    keys.addAll(previous);
    return new ImmutableJWKSet<>(new JWKSet(keys));
  }

  RSAKey current() {
    return current;
  }

  static RSAKey fromPrivatePem(String pem) {
    try {
      RSAPrivateCrtKey privateKey =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA")
                  .generatePrivate(new PKCS8EncodedKeySpec(decode(pem, "PRIVATE KEY")));
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          privateKey.getModulus(), privateKey.getPublicExponent()));
      return withThumbprint(new RSAKey.Builder(publicKey).privateKey(privateKey));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalStateException("The signing key is not an RSA PKCS#8 PEM private key", e);
    }
  }

  static RSAKey fromPublicPem(String pem) {
    try {
      RSAPublicKey publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(new X509EncodedKeySpec(decode(pem, "PUBLIC KEY")));
      return withThumbprint(new RSAKey.Builder(publicKey));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalStateException("The previous key is not an RSA PEM public key", e);
    }
  }

  /** The private key as PKCS#8 PEM, the format {@code OCPIZZA_JWT_SIGNING_KEY_PEM} takes. */
  static String toPem(RSAKey key) {
    try {
      return pem("PRIVATE KEY", key.toPrivateKey().getEncoded());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as PEM, the format {@code OCPIZZA_JWT_PREVIOUS_PUBLIC_KEY_PEM} takes. */
  static String toPublicPem(RSAKey key) {
    try {
      return pem("PUBLIC KEY", key.toPublicKey().getEncoded());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey generateInto(Path file) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      java.security.KeyPair pair = generator.generateKeyPair();
      RSAKey key =
          withThumbprint(
              new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()));
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "jwt-signing-key", ".tmp");
      restrictToOwner(temp);
      Files.writeString(temp, toPem(key), StandardCharsets.US_ASCII);
      try {
        Files.move(temp, file);
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(temp);
      }
      log.info("Generated a token signing key into {}", file);
      // Another replica may have won the race: everyone uses the key that is on disk.
      return fromPrivatePem(read(file));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot generate a signing key into " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the user's profile folder protects it.
    }
  }

  private static RSAKey withThumbprint(RSAKey.Builder builder) {
    try {
      builder.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
      RSAKey withoutId = builder.build();
      return builder.keyID(withoutId.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decode(String pem, String type) {
    String body =
        pem.replace("-----BEGIN " + type + "-----", "")
            .replace("-----END " + type + "-----", "")
            .replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the signing key " + file, e);
    }
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
