package com.ocpizza.order.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies the simulator's callbacks with HMAC-SHA256. The secret comes from {@code
 * ocpizza.payment.secret} ({@code OCPIZZA_PAYMENT_SECRET}); when none is configured, one is
 * generated once into the schema, so every replica verifies what any replica signed.
 */
@Component
class PaymentSecret {

  private final byte[] secret;

  PaymentSecret(@Value("${ocpizza.payment.secret:}") String configured, JdbcClient jdbc) {
    if (!configured.isBlank()) {
      secret = configured.getBytes(StandardCharsets.UTF_8);
    } else {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      jdbc.sql("INSERT IGNORE INTO generated_settings (name, value) VALUES ('payment-secret', ?)")
          .param(HexFormat.of().formatHex(random))
          .update();
      secret =
          jdbc.sql("SELECT value FROM generated_settings WHERE name = 'payment-secret'")
              .query(String.class)
              .single()
              .getBytes(StandardCharsets.UTF_8);
    }
  }

  String sign(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean verify(String message, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(message).getBytes(StandardCharsets.UTF_8),
            signature.getBytes(StandardCharsets.UTF_8));
  }
}
