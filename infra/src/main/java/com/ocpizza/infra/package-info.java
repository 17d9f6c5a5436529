/** The production environment on AWS (eu-west-3), described as a CDK app. */
package com.ocpizza.infra;
