package com.ocpizza.gateway;

import com.ocpizza.testsupport.ArchitectureRules;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.ocpizza")
class ArchitectureTests {

  @ArchTest
  static final ArchRule usesNoOtherService = ArchitectureRules.usesNoOtherService("gateway");
}
