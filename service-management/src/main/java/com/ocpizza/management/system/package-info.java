/** Who may call what, the clock, and service-wide configuration. */
package com.ocpizza.management.system;
