package com.ocpizza.auth.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts' shared password ({@code OCPIZZA_DEMO_PASSWORD}, generated per install by the
 * launcher; generated here if absent) and where their list is written for the launcher to print.
 */
@ConfigurationProperties("ocpizza.demo")
record DemoAccountProperties(
    String password, @DefaultValue(".ocpizza/demo-accounts.txt") Path accountsFile) {}
