package com.ocpizza.auth.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard guessing passwords is made.
 *
 * @param maxFailures wrong passwords in a row that lock an account
 * @param lockDuration how long such a lock lasts
 * @param window the period over which failures are counted for throttling
 * @param maxFailuresPerAccount failures per e-mail address (existing or not) within the window
 * @param maxFailuresPerIp failures per client address within the window
 */
@ConfigurationProperties("ocpizza.auth.login")
record LoginProperties(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("15m") Duration window,
    @DefaultValue("10") int maxFailuresPerAccount,
    @DefaultValue("30") int maxFailuresPerIp) {}
