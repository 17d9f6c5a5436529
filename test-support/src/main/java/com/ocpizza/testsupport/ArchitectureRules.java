package com.ocpizza.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The module boundaries of ARCHITECTURE §1 and §6, as rules each module's tests check. */
public final class ArchitectureRules {

  /** Base packages of the deployable services and the gateway. */
  public static final List<String> SERVICES =
      List.of("auth", "client", "stock", "order", "management", "gateway");

  private ArchitectureRules() {}

  /** The service's code uses no other service's code: other services are reached over HTTP. */
  public static ArchRule usesNoOtherService(String service) {
    String[] others =
        SERVICES.stream()
            .filter(other -> !other.equals(service))
            .map(other -> "com.ocpizza." + other + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("com.ocpizza." + service + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("a service reaches another only through its API or its event feed");
  }

  /** common-lib is plumbing below every service and depends on none. */
  public static ArchRule commonDependsOnNoService() {
    return noClasses()
        .that()
        .resideInAPackage("com.ocpizza.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SERVICES.stream().map(s -> "com.ocpizza." + s + "..").toArray(String[]::new))
        .because("common-lib must stay plumbing that any service can use");
  }
}
