/** GDPR: a customer's export of everything held about them, and the erasure of their data. */
package com.ocpizza.client.privacy;
