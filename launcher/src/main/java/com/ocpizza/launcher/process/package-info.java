/** Background Java processes that are recorded by pid and stopped again, and nothing else. */
package com.ocpizza.launcher.process;
