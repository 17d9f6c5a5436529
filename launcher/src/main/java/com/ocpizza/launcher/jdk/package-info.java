/**
 * Finding the Java runtime the services run on: the newest one installed, unless told otherwise.
 */
package com.ocpizza.launcher.jdk;
