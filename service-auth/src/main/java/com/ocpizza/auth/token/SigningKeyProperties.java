package com.ocpizza.auth.token;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the token signing key comes from: a PKCS#8 PEM given by configuration (every replica signs
 * with the same key), else a key generated once into {@code file} when allowed (locally).
 *
 * @param pem the current private key, PKCS#8 PEM ({@code OCPIZZA_JWT_SIGNING_KEY_PEM})
 * @param previousPublicKeyPem the key signed with before a rotation, still published in the JWKS so
 *     tokens it signed stay valid until they expire ({@code OCPIZZA_JWT_PREVIOUS_PUBLIC_KEY_PEM})
 * @param file where a generated key is kept
 * @param generateIfMissing whether a key may be generated when none is configured
 */
@ConfigurationProperties("ocpizza.auth.signing-key")
record SigningKeyProperties(
    String pem,
    String previousPublicKeyPem,
    @DefaultValue(".ocpizza/auth/jwt-signing-key.pem") Path file,
    @DefaultValue("true") boolean generateIfMissing) {}
