/** Demo accounts for the five demo pizzerias, created in the {@code demo} profile only. */
package com.ocpizza.auth.demo;
