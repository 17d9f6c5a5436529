package com.ocpizza.infra.cost;

import java.math.BigDecimal;
import java.util.Optional;

/** Lines of the bill, in the order of the original estimate, then what it left out. */
public enum Category {
  EC2("EC2 (instances + EBS)", "72.74"),
  RDS("RDS MySQL Multi-AZ", "49.36"),
  ELB("Elastic Load Balancing", "28.10"),
  S3("S3", "0.22"),
  CLOUDFRONT("CloudFront", null),
  ROUTE_53("Route 53", null),
  VPC_ENDPOINTS("VPC interface endpoints", null),
  SECRETS_MANAGER("Secrets Manager", null),
  CLOUDWATCH_LOGS("CloudWatch Logs", null);

  /** The original technical document's monthly total in euros. */
  public static final BigDecimal ORIGINAL_TOTAL_EUR = new BigDecimal("150.42");

  private final String label;
  private final BigDecimal originalEur;

  Category(String label, String originalEur) {
    this.label = label;
    this.originalEur = originalEur == null ? null : new BigDecimal(originalEur);
  }

  public String label() {
    return label;
  }

  /** The original estimate for this line, in euros per month, if it had one. */
  public Optional<BigDecimal> originalEur() {
    return Optional.ofNullable(originalEur);
  }
}
