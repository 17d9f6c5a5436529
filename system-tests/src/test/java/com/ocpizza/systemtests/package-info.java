/** The whole suite, started once per test run by the launcher and tested through its gateway. */
package com.ocpizza.systemtests;
