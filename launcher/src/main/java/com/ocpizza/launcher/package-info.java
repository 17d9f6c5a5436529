/**
 * Runs the whole OC Pizza suite on one machine: {@code ./ocpizza up|down|status|logs} and the
 * {@link com.ocpizza.launcher.Suite} API the system tests start it with.
 */
package com.ocpizza.launcher;
