package com.ocpizza.infra.cost;

import static com.ocpizza.infra.cost.PriceTable.PRECISION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices a synthesized CloudFormation template: what runs by the hour (instances, volumes,
 * database, load balancers, endpoints, health checks, secrets) comes from the template itself,
 * traffic-dependent charges from the usage assumptions.
 */
public final class TemplatePricer {

  private static final BigDecimal MINUTES_PER_HOUR = new BigDecimal(60);
  private static final BigDecimal HOURS_PER_DAY = new BigDecimal(24);
  private static final BigDecimal THOUSAND = new BigDecimal(1000);
  private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
  private static final BigDecimal MILLION = new BigDecimal(1_000_000);

  private final PriceTable prices;
  private final PriceTable usage;

  public TemplatePricer(PriceTable prices, PriceTable usage) {
    this.prices = prices;
    this.usage = usage;
  }

  public CostReport price(String name, Map<String, Object> template) {
    Resources resources = new Resources(template);
    List<CostLine> lines = new ArrayList<>();
    resources
        .ofType("AWS::AutoScaling::AutoScalingGroup")
        .forEach((id, group) -> lines.addAll(autoScalingGroup(resources, id, group)));
    resources
        .ofType("AWS::RDS::DBInstance")
        .forEach((id, database) -> lines.addAll(database(id, database)));
    resources
        .ofType("AWS::ElasticLoadBalancingV2::LoadBalancer")
        .forEach((id, loadBalancer) -> lines.add(loadBalancer(id, loadBalancer)));
    if (!resources.ofType("AWS::S3::Bucket").isEmpty()) {
      lines.add(s3(resources.ofType("AWS::S3::Bucket").size()));
    }
    if (!resources.ofType("AWS::CloudFront::Distribution").isEmpty()) {
      lines.add(cloudFront(resources.ofType("AWS::CloudFront::Distribution").size()));
    }
    lines.addAll(route53(resources));
    resources
        .ofType("AWS::EC2::VPCEndpoint")
        .forEach(
            (id, endpoint) -> {
              if ("Interface".equals(Resources.properties(endpoint).get("VpcEndpointType"))) {
                lines.add(interfaceEndpoint(id, endpoint));
              }
            });
    int secrets = resources.ofType("AWS::SecretsManager::Secret").size();
    if (secrets > 0) {
      lines.add(
          CostLine.same(
              Category.SECRETS_MANAGER,
              secrets + " secrets",
              prices.get("secretsmanager.secret.month").multiply(new BigDecimal(secrets))));
    }
    int logGroups = resources.ofType("AWS::Logs::LogGroup").size();
    if (logGroups > 0) {
      BigDecimal gigabytes = usage.get("logs.ingest-gb");
      lines.add(
          CostLine.same(
              Category.CLOUDWATCH_LOGS,
              logGroups + " log groups, " + gigabytes + " GB/month ingested and kept 30 days",
              gigabytes
                  .multiply(prices.get("logs.ingest.gb"))
                  .add(gigabytes.multiply(prices.get("logs.storage.gb-month")))));
    }
    lines.sort(Comparator.comparing(CostLine::category));
    return new CostReport(name, lines, prices);
  }

  private List<CostLine> autoScalingGroup(
      Resources resources, String id, Map<String, Object> group) {
    Map<String, Object> properties = Resources.properties(group);
    Map<String, Object> launchTemplate =
        Resources.properties(
            resources.get(
                Resources.ref(
                    Resources.map(properties.get("LaunchTemplate")).get("LaunchTemplateId"))));
    Map<String, Object> data = Resources.map(launchTemplate.get("LaunchTemplateData"));
    String instanceType = data.get("InstanceType").toString();
    int minimum = Resources.integer(properties.get("MinSize"));

    DailyCapacity capacity =
        DailyCapacity.of(
            minimum,
            resources.ofType("AWS::AutoScaling::ScheduledAction").values().stream()
                .map(Resources::properties)
                .filter(action -> id.equals(Resources.ref(action.get("AutoScalingGroupName"))))
                .toList());
    BigDecimal instanceHours =
        capacity
            .instanceHoursPerDay()
            .multiply(prices.hoursPerMonth())
            .divide(HOURS_PER_DAY, PRECISION);
    BigDecimal alwaysOnHours = new BigDecimal(capacity.lowest()).multiply(prices.hoursPerMonth());
    BigDecimal onDemandRate = prices.get("ec2." + instanceType + ".on-demand");
    BigDecimal reservedRate = prices.get("ec2." + instanceType + ".reserved");

    String name =
        id.replaceFirst("FleetGroup.*$", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    List<CostLine> lines = new ArrayList<>();
    lines.add(
        new CostLine(
            Category.EC2,
            name + ": " + instanceType + " × " + capacity.describe(),
            instanceHours.multiply(onDemandRate),
            alwaysOnHours
                .multiply(reservedRate)
                .add(instanceHours.subtract(alwaysOnHours).multiply(onDemandRate))));
    BigDecimal volumes = BigDecimal.ZERO;
    StringBuilder volumeText = new StringBuilder();
    for (Object mapping : Resources.list(data.getOrDefault("BlockDeviceMappings", List.of()))) {
      Map<String, Object> ebs = Resources.map(Resources.map(mapping).get("Ebs"));
      BigDecimal size = new BigDecimal(ebs.get("VolumeSize").toString());
      String type = ebs.getOrDefault("VolumeType", "gp2").toString();
      volumes =
          volumes.add(
              size.multiply(prices.get("ebs." + type + ".gb-month"))
                  .multiply(instanceHours)
                  .divide(prices.hoursPerMonth(), PRECISION));
      volumeText.append(size.toPlainString()).append(" GB ").append(type);
    }
    if (volumes.signum() > 0) {
      lines.add(
          CostLine.same(Category.EC2, name + ": EBS " + volumeText + " per instance", volumes));
    }
    return lines;
  }

  private List<CostLine> database(String id, Map<String, Object> database) {
    Map<String, Object> properties = Resources.properties(database);
    String instanceClass = properties.get("DBInstanceClass").toString();
    boolean multiAz = Boolean.TRUE.equals(properties.get("MultiAZ"));
    String engine = properties.get("Engine").toString();
    String deployment = multiAz ? "multi-az" : "single-az";
    String prefix = "rds." + engine + "." + instanceClass + "." + deployment;
    BigDecimal hours = prices.hoursPerMonth();
    BigDecimal storage = new BigDecimal(properties.get("AllocatedStorage").toString());
    String storageType = properties.getOrDefault("StorageType", "gp2").toString();
    return List.of(
        new CostLine(
            Category.RDS,
            id.replaceFirst("[0-9A-F]{8}$", "")
                + ": "
                + instanceClass
                + " "
                + engine
                + " "
                + deployment,
            hours.multiply(prices.get(prefix + ".on-demand")),
            hours.multiply(prices.get(prefix + ".reserved"))),
        CostLine.same(
            Category.RDS,
            "storage: "
                + storage.toPlainString()
                + " GB "
                + storageType
                + " "
                + deployment
                + ", backups within the free allowance",
            storage.multiply(
                prices.get("rds.storage." + storageType + "." + deployment + ".gb-month"))));
  }

  private CostLine loadBalancer(String id, Map<String, Object> loadBalancer) {
    Map<String, Object> properties = Resources.properties(loadBalancer);
    Object type = properties.getOrDefault("Type", "application");
    if (!"application".equals(type)) {
      throw new IllegalStateException("no price for a " + type + " load balancer (" + id + ")");
    }
    String scheme = properties.getOrDefault("Scheme", "internet-facing").toString();
    BigDecimal lcu = usage.get("alb." + scheme + ".lcu");
    BigDecimal hours = prices.hoursPerMonth();
    return CostLine.same(
        Category.ELB,
        id.replaceFirst("[0-9A-F]{8}$", "") + ": ALB " + scheme + ", " + lcu + " LCU on average",
        hours
            .multiply(prices.get("alb.hour"))
            .add(hours.multiply(lcu).multiply(prices.get("alb.lcu-hour"))));
  }

  private CostLine s3(int buckets) {
    BigDecimal gigabytes = usage.get("s3.storage-gb");
    BigDecimal puts = usage.get("s3.put-requests");
    BigDecimal gets = usage.get("s3.get-requests");
    return CostLine.same(
        Category.S3,
        buckets + " buckets, " + gigabytes + " GB stored, " + puts + " writes, " + gets + " reads",
        gigabytes
            .multiply(prices.get("s3.standard.gb-month"))
            .add(puts.divide(THOUSAND, PRECISION).multiply(prices.get("s3.put.per-1000")))
            .add(gets.divide(THOUSAND, PRECISION).multiply(prices.get("s3.get.per-1000"))));
  }

  private CostLine cloudFront(int distributions) {
    BigDecimal gigabytes = usage.get("cloudfront.data-out-gb");
    BigDecimal requests = usage.get("cloudfront.https-requests");
    BigDecimal invocations = usage.get("cloudfront.function-invocations");
    BigDecimal cost =
        beyond(gigabytes, "cloudfront.free.data-out-gb")
            .multiply(prices.get("cloudfront.data-out.gb"))
            .add(
                beyond(requests, "cloudfront.free.https-requests")
                    .divide(TEN_THOUSAND, PRECISION)
                    .multiply(prices.get("cloudfront.https.per-10000")))
            .add(
                beyond(invocations, "cloudfront.free.function-invocations")
                    .divide(MILLION, PRECISION)
                    .multiply(prices.get("cloudfront.function.per-million")));
    return CostLine.same(
        Category.CLOUDFRONT,
        distributions
            + " distributions, "
            + gigabytes
            + " GB, "
            + requests
            + " requests"
            + (cost.signum() == 0 ? ": always-free allowance" : ""),
        cost);
  }

  private BigDecimal beyond(BigDecimal quantity, String freeKey) {
    return quantity.subtract(prices.get(freeKey)).max(BigDecimal.ZERO);
  }

  private List<CostLine> route53(Resources resources) {
    List<CostLine> lines = new ArrayList<>();
    long zones =
        resources.ofType("AWS::Route53::RecordSet").values().stream()
                .map(record -> Resources.properties(record).get("HostedZoneId").toString())
                .distinct()
                .count()
            + resources.ofType("AWS::Route53::HostedZone").size();
    if (zones > 0) {
      lines.add(
          CostLine.same(
              Category.ROUTE_53,
              zones + " hosted zone (alias queries are free)",
              prices.get("route53.hosted-zone.month").multiply(new BigDecimal(zones))));
    }
    resources
        .ofType("AWS::Route53::HealthCheck")
        .forEach(
            (id, check) -> {
              Map<String, Object> config =
                  Resources.map(Resources.properties(check).get("HealthCheckConfig"));
              String type = config.get("Type").toString();
              int features =
                  (type.startsWith("HTTPS") ? 1 : 0)
                      + (type.endsWith("STR_MATCH") ? 1 : 0)
                      + (Resources.integer(config.getOrDefault("RequestInterval", 30)) < 30 ? 1 : 0)
                      + (Boolean.TRUE.equals(config.get("MeasureLatency")) ? 1 : 0);
              lines.add(
                  CostLine.same(
                      Category.ROUTE_53,
                      "health check " + type + " (" + features + " optional feature(s))",
                      prices
                          .get("route53.health-check.aws-endpoint.month")
                          .add(
                              prices
                                  .get("route53.health-check.optional-feature.month")
                                  .multiply(new BigDecimal(features)))));
            });
    return lines;
  }

  private CostLine interfaceEndpoint(String id, Map<String, Object> endpoint) {
    Map<String, Object> properties = Resources.properties(endpoint);
    int zones = Resources.list(properties.get("SubnetIds")).size();
    String service = properties.get("ServiceName").toString();
    BigDecimal gigabytes =
        usage.get("vpc.interface-endpoint.gb").divide(new BigDecimal(2), PRECISION);
    return CostLine.same(
        Category.VPC_ENDPOINTS,
        service.substring(service.lastIndexOf('.') + 1) + " endpoint in " + zones + " AZs",
        prices
            .get("vpc.interface-endpoint.az-hour")
            .multiply(new BigDecimal(zones))
            .multiply(prices.hoursPerMonth())
            .add(gigabytes.multiply(prices.get("vpc.interface-endpoint.gb"))));
  }

  /**
   * How many instances a group runs over a day: its minimum, changed by daily scheduled actions
   * (cron {@code M H * * *}); each action holds until the next one.
   */
  record DailyCapacity(int minimum, TreeMap<Integer, Integer> capacityFromMinute) {

    static DailyCapacity of(int minimum, List<Map<String, Object>> scheduledActions) {
      TreeMap<Integer, Integer> changes = new TreeMap<>();
      for (Map<String, Object> action : scheduledActions) {
        String[] cron = action.get("Recurrence").toString().trim().split("\\s+");
        if (cron.length != 5 || !"* * *".equals(cron[2] + " " + cron[3] + " " + cron[4])) {
          throw new IllegalArgumentException("only daily schedules are priced: " + action);
        }
        int minute = Integer.parseInt(cron[1]) * 60 + Integer.parseInt(cron[0]);
        Object capacity = action.getOrDefault("DesiredCapacity", action.get("MinSize"));
        changes.put(minute, Resources.integer(capacity));
      }
      return new DailyCapacity(minimum, changes);
    }

    BigDecimal instanceHoursPerDay() {
      if (capacityFromMinute.isEmpty()) {
        return new BigDecimal(minimum).multiply(HOURS_PER_DAY);
      }
      BigDecimal instanceMinutes = BigDecimal.ZERO;
      List<Map.Entry<Integer, Integer>> changes = new ArrayList<>(capacityFromMinute.entrySet());
      for (int i = 0; i < changes.size(); i++) {
        int from = changes.get(i).getKey();
        int to =
            i + 1 < changes.size()
                ? changes.get(i + 1).getKey()
                : changes.get(0).getKey() + 24 * 60;
        instanceMinutes =
            instanceMinutes.add(new BigDecimal((long) (to - from) * changes.get(i).getValue()));
      }
      return instanceMinutes.divide(MINUTES_PER_HOUR, PRECISION);
    }

    int lowest() {
      return capacityFromMinute.values().stream().mapToInt(Integer::intValue).min().orElse(minimum);
    }

    String describe() {
      int lowest = lowest();
      int highest =
          capacityFromMinute.values().stream().mapToInt(Integer::intValue).max().orElse(minimum);
      if (highest == lowest) {
        return lowest + " around the clock";
      }
      BigDecimal extraHours =
          instanceHoursPerDay()
              .subtract(new BigDecimal(lowest).multiply(HOURS_PER_DAY))
              .divide(new BigDecimal(highest - lowest), PRECISION)
              .stripTrailingZeros();
      return lowest
          + " around the clock + "
          + (highest - lowest)
          + " for "
          + extraHours.toPlainString()
          + " h a day";
    }
  }
}
