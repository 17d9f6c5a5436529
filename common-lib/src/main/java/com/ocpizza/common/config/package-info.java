/** Defaults shared by every service, and the datasource built from the server URL and schema. */
package com.ocpizza.common.config;
