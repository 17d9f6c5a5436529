/** Staff accounts: managers run their pizzeria's team, admins every pizzeria's. */
package com.ocpizza.auth.staff;
