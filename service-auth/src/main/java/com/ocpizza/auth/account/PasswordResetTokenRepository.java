package com.ocpizza.auth.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Password links by the hash of their token. */
interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

  Optional<PasswordResetToken> findByTokenHash(String tokenHash);
}
