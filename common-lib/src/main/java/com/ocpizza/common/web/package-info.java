/** Request ids, the answering instance's name and the default problem advice of every service. */
package com.ocpizza.common.web;
