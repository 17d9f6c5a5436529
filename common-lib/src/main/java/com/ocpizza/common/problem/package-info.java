/** RFC 9457 problem answers shared by every service, and the exceptions that produce them. */
package com.ocpizza.common.problem;
