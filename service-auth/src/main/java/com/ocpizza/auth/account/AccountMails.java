package com.ocpizza.auth.account;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The e-mails accounts receive, in French then English, with links into the web front. */
@Component
public class AccountMails {

  /**
   * Where the web front lives for the people reading the mails.
   *
   * @param frontUrl the front's public URL, e.g. {@code https://www.ocpizza.fr/app}
   */
  @ConfigurationProperties("ocpizza.auth.mail")
  public record Links(@DefaultValue("http://localhost:8080/app") URI frontUrl) {}

  private final MailOutbox outbox;
  private final Links links;

  AccountMails(MailOutbox outbox, Links links) {
    this.outbox = outbox;
    this.links = links;
  }

  void welcome(Account account) {
    outbox.send(
        account.email(),
        "Bienvenue chez OC Pizza / Welcome to OC Pizza",
        """
        Bonjour %s,

        Votre compte OC Pizza est prêt : connectez-vous sur %s pour commander.

        Hello %s, your OC Pizza account is ready: log in at %s to order.
        """
            .formatted(
                account.firstName(), links.frontUrl(), account.firstName(), links.frontUrl()));
  }

  void someoneTriedToRegister(Account account) {
    outbox.send(
        account.email(),
        "Tentative d'inscription avec votre adresse / Sign-up attempt with your address",
        """
        Bonjour %s,

        Quelqu'un a essayé de créer un compte OC Pizza avec votre adresse, qui en a déjà un.
        Si c'était vous, connectez-vous, ou réinitialisez votre mot de passe s'il vous échappe.
        Sinon, vous pouvez ignorer ce message.

        Someone tried to sign up to OC Pizza with your address, which already has an account.
        If it was you, log in, or reset your password if you forgot it; otherwise ignore this.
        """
            .formatted(account.firstName()));
  }

  void passwordReset(Account account, String token) {
    URI link = link("reset-password", token);
    outbox.send(
        account.email(),
        "Réinitialiser votre mot de passe / Reset your password",
        """
        Bonjour %s,

        Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une seule fois, 30 minutes) :
        %s

        To choose a new password, open the link above (single use, valid 30 minutes).
        Si vous n'avez rien demandé, ignorez ce message. / If you did not ask, ignore this.
        """
            .formatted(account.firstName(), link));
  }

  void staffInvitation(Account account, String token) {
    URI link = link("reset-password", token);
    outbox.send(
        account.email(),
        "Votre compte OC Pizza / Your OC Pizza account",
        """
        Bonjour %s,

        Un compte vous a été ouvert sur OC Pizza. Choisissez votre mot de passe ici
        (lien valable une seule fois, 72 heures) :
        %s

        An account was opened for you; choose your password with the link above.
        """
            .formatted(account.firstName(), link));
  }

  private URI link(String page, String token) {
    return UriComponentsBuilder.fromUri(links.frontUrl())
        .path("/" + page)
        .queryParam("token", token)
        .build()
        .toUri();
  }
}
