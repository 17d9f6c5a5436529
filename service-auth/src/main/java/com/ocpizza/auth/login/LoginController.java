package com.ocpizza.auth.login;

import com.ocpizza.auth.account.AccountMails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page of the authorization-code flow, rendered on the server in French or English. */
@Controller
class LoginController {

  private final AccountMails.Links links;

  LoginController(AccountMails.Links links) {
    this.links = links;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("frontUrl", links.frontUrl().toString());
    return "login";
  }
}
