package com.ocpizza.infra;

import static com.ocpizza.infra.TemplateJson.list;
import static com.ocpizza.infra.TemplateJson.map;
import static com.ocpizza.infra.TemplateJson.properties;
import static com.ocpizza.infra.TemplateJson.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ProductionStackTests {

  private static final Template template = SynthesizedTemplates.seed();
  private static final TemplateJson json = new TemplateJson(template);

  private static final String GROUP = "AWS::AutoScaling::AutoScalingGroup";
  private static final String POLICY = "AWS::IAM::Policy";
  private static final String INGRESS = "AWS::EC2::SecurityGroupIngress";

  @Test
  void databaseIsMultiAzEncryptedBackedUpAndPrivate() {
    template.hasResourceProperties(
        "AWS::RDS::DBInstance",
        Map.of(
            "Engine",
            "mysql",
            "EngineVersion",
            Match.stringLikeRegexp("^8\\..*"),
            "DBInstanceClass",
            "db.t3.small",
            "MultiAZ",
            true,
            "StorageEncrypted",
            true,
            "AllocatedStorage",
            "30",
            "BackupRetentionPeriod",
            7,
            "PubliclyAccessible",
            false,
            "DeletionProtection",
            true));
    assertThat(text(properties(json.resource("AWS::RDS::DBInstance", "Database"))))
        .contains("{{resolve:secretsmanager:");
  }

  @Test
  void eachServiceHasItsOwnDatabaseUserSecret() {
    for (Service service : Service.values()) {
      service
          .schema()
          .ifPresent(
              schema ->
                  template.hasResourceProperties(
                      "AWS::SecretsManager::Secret",
                      Map.of(
                          "Name",
                          "ocpizza/" + service.id() + "/database",
                          "GenerateSecretString",
                          Match.objectLike(
                              Map.of(
                                  "SecretStringTemplate",
                                  "{\"username\":\"" + schema + "\"}",
                                  "GenerateStringKey",
                                  "password")))));
    }
  }

  @Test
  void noInstanceRunsInAPublicSubnet() {
    Set<String> isolatedSubnets = new HashSet<>();
    json.resources("AWS::EC2::Subnet")
        .forEach(
            (id, subnet) -> {
              if (text(properties(subnet).get("Tags")).contains("Isolated")) {
                assertThat(properties(subnet).get("MapPublicIpOnLaunch")).isEqualTo(false);
                isolatedSubnets.add(id);
              }
            });
    assertThat(isolatedSubnets).hasSize(2);
    Map<String, Map<String, Object>> groups = json.resources(GROUP);
    assertThat(groups).hasSize(Topology.seed().groups().size() + 1);
    groups.forEach(
        (id, group) ->
            assertThat(referencedIds(properties(group).get("VPCZoneIdentifier")))
                .as(id)
                .containsExactlyInAnyOrderElementsOf(isolatedSubnets));
    assertThat(
            referencedIds(
                properties(json.resource("AWS::RDS::DBSubnetGroup", "Database")).get("SubnetIds")))
        .containsExactlyInAnyOrderElementsOf(isolatedSubnets);
    assertThat(text(json.resources("AWS::EC2::LaunchTemplate"))).doesNotContain("AssociatePublic");
  }

  @Test
  void privateSubnetsReachAwsThroughEndpointsWithoutNat() {
    template.resourceCountIs("AWS::EC2::NatGateway", 0);
    List<String> endpoints =
        json.resources("AWS::EC2::VPCEndpoint").values().stream()
            .map(
                endpoint ->
                    properties(endpoint).get("VpcEndpointType")
                        + " "
                        + text(properties(endpoint).get("ServiceName")))
            .toList();
    assertThat(endpoints)
        .anyMatch(endpoint -> endpoint.startsWith("Gateway") && endpoint.contains(".s3"))
        .anyMatch(
            endpoint -> endpoint.startsWith("Interface") && endpoint.contains("secretsmanager"))
        .anyMatch(endpoint -> endpoint.startsWith("Interface") && endpoint.contains("logs"))
        .hasSize(3);
  }

  @Test
  void ordersScaleToFiveBeforeTheEveningPeak() {
    template.hasResourceProperties(
        "AWS::AutoScaling::ScheduledAction",
        Map.of(
            "AutoScalingGroupName",
            Map.of("Ref", json.logicalId(GROUP, "OrderFleet")),
            "Recurrence",
            "45 17 * * *",
            "TimeZone",
            "Europe/Paris",
            "MinSize",
            5,
            "DesiredCapacity",
            5));
  }

  @Test
  void ordersFallBackToTwoAfterTheEveningPeak() {
    template.hasResourceProperties(
        "AWS::AutoScaling::ScheduledAction",
        Map.of(
            "AutoScalingGroupName",
            Map.of("Ref", json.logicalId(GROUP, "OrderFleet")),
            "Recurrence",
            "0 22 * * *",
            "TimeZone",
            "Europe/Paris",
            "MinSize",
            2,
            "DesiredCapacity",
            2));
    template.resourceCountIs("AWS::AutoScaling::ScheduledAction", 2);
  }

  @Test
  void ordersRunOnTwoToFiveInstancesAndEveryOtherServiceOnOne() {
    assertThat(properties(json.resource(GROUP, "OrderFleet")))
        .containsEntry("MinSize", "2")
        .containsEntry("MaxSize", "5")
        .doesNotContainKey("DesiredCapacity");
    for (String single : List.of("Gateway", "Auth", "Client", "Stock", "Management")) {
      assertThat(properties(json.resource(GROUP, single + "Fleet")))
          .as(single)
          .containsEntry("MinSize", "1")
          .containsEntry("HealthCheckType", "ELB");
    }
    assertThat(properties(json.resource(GROUP, "DatabaseBootstrapFleet")))
        .containsEntry("MinSize", "0")
        .containsEntry("MaxSize", "1");
  }

  @Test
  void ordersTrackRequestsPerInstanceAsASafetyNet() {
    template.hasResourceProperties(
        "AWS::AutoScaling::ScalingPolicy",
        Map.of(
            "AutoScalingGroupName",
            Map.of("Ref", json.logicalId(GROUP, "OrderFleet")),
            "PolicyType",
            "TargetTrackingScaling",
            "TargetTrackingConfiguration",
            Match.objectLike(
                Map.of(
                    "PredefinedMetricSpecification",
                    Match.objectLike(Map.of("PredefinedMetricType", "ALBRequestCountPerTarget")),
                    "TargetValue",
                    600))));
    template.resourceCountIs("AWS::AutoScaling::ScalingPolicy", 1);
  }

  @Test
  void loadBalancersCheckReadinessEveryTenSecondsAndTrustTwoSuccesses() {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", Service.values().length);
    template.allResourcesProperties(
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        Map.of(
            "HealthCheckPath", "/actuator/health/readiness",
            "HealthCheckIntervalSeconds", 10,
            "HealthCheckTimeoutSeconds", 5,
            "HealthyThresholdCount", 2,
            "Matcher", Map.of("HttpCode", "200")));
  }

  @Test
  void httpRedirectsToHttpsWhichUsesTheCertificateParameter() {
    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Map.of(
            "Port",
            80,
            "DefaultActions",
            List.of(
                Match.objectLike(
                    Map.of(
                        "Type",
                        "redirect",
                        "RedirectConfig",
                        Map.of("Port", "443", "Protocol", "HTTPS", "StatusCode", "HTTP_301"))))));
    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Map.of(
            "Port",
            443,
            "Protocol",
            "HTTPS",
            "Certificates",
            List.of(Map.of("CertificateArn", Map.of("Ref", "AlbCertificateArn")))));
    template.hasParameter("AlbCertificateArn", Map.of("Type", "String"));
  }

  @Test
  void publicLoadBalancerHidesActuatorAndInternalEndpoints() {
    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::ListenerRule",
        Map.of(
            "Conditions",
            List.of(
                Match.objectLike(
                    Map.of(
                        "Field",
                        "path-pattern",
                        "PathPatternConfig",
                        Map.of("Values", List.of("/actuator/*", "/internal/*"))))),
            "Actions",
            List.of(
                Match.objectLike(
                    Map.of(
                        "Type",
                        "fixed-response",
                        "FixedResponseConfig",
                        Match.objectLike(Map.of("StatusCode", "404")))))));
  }

  @Test
  void onlyThePublicLoadBalancerAcceptsTrafficFromTheInternet() {
    List<String> openToTheWorld = new ArrayList<>();
    json.resources("AWS::EC2::SecurityGroup")
        .forEach(
            (id, group) -> {
              for (Object rule :
                  list(properties(group).getOrDefault("SecurityGroupIngress", List.of()))) {
                if ("0.0.0.0/0".equals(map(rule).get("CidrIp"))) {
                  openToTheWorld.add(id + ":" + map(rule).get("FromPort"));
                }
              }
            });
    assertThat(openToTheWorld)
        .allMatch(rule -> rule.startsWith("PublicLoadBalancerSecurityGroup"))
        .extracting(rule -> rule.substring(rule.indexOf(':') + 1))
        .containsExactlyInAnyOrder("443", "80");
    assertThat(json.resources(INGRESS).values())
        .noneMatch(rule -> properties(rule).containsKey("CidrIp"));
  }

  @Test
  void gatewayIsReachedOnlyByThePublicLoadBalancerOnItsPort() {
    assertThat(ingressInto("GatewayFleetSecurityGroup"))
        .containsExactly("PublicLoadBalancerSecurityGroup 8080-8080");
  }

  @Test
  void servicesAreReachedOnlyByTheInternalLoadBalancerOnTheirOwnPort() {
    for (Service service :
        List.of(Service.AUTH, Service.CLIENT, Service.STOCK, Service.ORDER, Service.MANAGEMENT)) {
      String port = service.port() + "-" + service.port();
      assertThat(ingressInto(pascal(service) + "FleetSecurityGroup"))
          .as(service.id())
          .containsExactly("InternalLoadBalancerSecurityGroup " + port);
    }
  }

  @Test
  void databaseIsReachedOnlyByTheServicesThatOwnASchema() {
    List<String> sources = ingressInto("DatabaseSecurityGroup");
    assertThat(sources)
        .allMatch(source -> source.endsWith(" DatabasePort-DatabasePort"))
        .extracting(source -> source.substring(0, source.indexOf("FleetSecurityGroup")))
        .containsExactlyInAnyOrder(
            "Auth", "Client", "Stock", "Management", "Order", "DatabaseBootstrap");
  }

  @Test
  void everyBucketIsPrivateEncryptedAndRefusesPlainHttp() {
    template.resourceCountIs("AWS::S3::Bucket", 4);
    template.allResourcesProperties(
        "AWS::S3::Bucket",
        Map.of(
            "PublicAccessBlockConfiguration",
            Map.of(
                "BlockPublicAcls", true,
                "BlockPublicPolicy", true,
                "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true),
            "BucketEncryption",
            Match.objectLike(Map.of()),
            "OwnershipControls",
            Map.of("Rules", List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced")))));
    template.resourceCountIs("AWS::S3::BucketPolicy", 4);
    json.resources("AWS::S3::BucketPolicy")
        .forEach(
            (id, policy) -> {
              List<Object> statements = statements(policy);
              assertThat(statements)
                  .as(id)
                  .anyMatch(
                      statement ->
                          "Deny".equals(map(statement).get("Effect"))
                              && text(map(statement).get("Condition"))
                                  .equals("{Bool:{aws:SecureTransport:false}}"));
              assertThat(statements)
                  .as(id + " grants reads to CloudFront distributions of this stack only")
                  .filteredOn(statement -> "Allow".equals(map(statement).get("Effect")))
                  .allMatch(
                      statement ->
                          text(map(statement).get("Principal"))
                                  .equals("{Service:cloudfront.amazonaws.com}")
                              && text(map(statement).get("Condition")).contains(":distribution/")
                              && "s3:GetObject".equals(map(statement).get("Action")));
            });
  }

  @Test
  void documentsArtifactsAndFrontKeepTheirVersions() {
    for (String bucket : List.of("DocumentsBucket", "ArtifactsBucket", "FrontBucket")) {
      assertThat(properties(json.resource("AWS::S3::Bucket", bucket)))
          .as(bucket)
          .containsEntry("VersioningConfiguration", Map.of("Status", "Enabled"));
    }
  }

  @Test
  void eachServiceReadsOnlyItsOwnSecrets() {
    for (Service service : Service.values()) {
      List<String> secrets = resourcesOf(statement(service, "ReadOwnSecrets"));
      if (service == Service.GATEWAY) {
        assertThat(secrets).isEmpty();
        continue;
      }
      List<String> expected =
          new ArrayList<>(
              List.of(secret(service, "DatabaseSecret"), secret(service, "ClientSecret")));
      if (service == Service.AUTH) {
        // Auth checks the client secret of every service and alone reads the signing keys.
        for (Service client :
            List.of(Service.CLIENT, Service.STOCK, Service.ORDER, Service.MANAGEMENT)) {
          expected.add(secret(client, "ClientSecret"));
        }
        expected.add(json.logicalId("AWS::SecretsManager::Secret", "JwtSigningKey"));
        expected.add(json.logicalId("AWS::SecretsManager::Secret", "JwtPreviousPublicKey"));
      }
      assertThat(secrets).as(service.id()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(map(statement(service, "ReadOwnSecrets")).get("Action"))
          .isEqualTo("secretsmanager:GetSecretValue");
    }
  }

  @Test
  void signingKeyStartsAsAPlaceholderTheLauncherRefuses() {
    assertThat(userData("AuthFleet"))
        .contains("OCPIZZA_JWT_SECRET_ARN=\"{Ref:JwtSigningKey")
        .contains("!= -----BEGIN*")
        .contains("holds no PEM key yet");
  }

  @Test
  void eachServiceFetchesOnlyItsOwnJarAndWritesOnlyItsOwnLogs() {
    for (Service service : Service.values()) {
      assertThat(text(map(statement(service, "FetchOwnJars")).get("Resource")))
          .as(service.id())
          .startsWith("{Fn::Join:{Fn::GetAtt:ArtifactsBucket")
          .endsWith("Arn}/releases/*/" + service.jar() + "}");
      assertThat(map(statement(service, "FetchOwnJars")).get("Action")).isEqualTo("s3:GetObject");
      assertThat(resourcesOf(statement(service, "WriteOwnLogs")))
          .containsExactly(json.logicalId("AWS::Logs::LogGroup", pascal(service) + "Logs"));
    }
  }

  @Test
  void onlyManagementWritesDocumentsAndOnlyUnderItsPrefix() {
    for (Service service : Service.values()) {
      Object documents = statement(service, "WriteOwnDocuments");
      if (service == Service.MANAGEMENT) {
        assertThat(map(documents).get("Action")).isEqualTo(List.of("s3:GetObject", "s3:PutObject"));
        assertThat(text(map(documents).get("Resource")))
            .startsWith("{Fn::Join:{Fn::GetAtt:DocumentsBucket")
            .endsWith("Arn}/management/*}");
      } else {
        assertThat(documents).as(service.id()).isNull();
      }
    }
    assertThat(text(json.resources(POLICY)))
        .doesNotContain("s3:*")
        .doesNotContain("s3:DeleteObject");
  }

  @Test
  void instanceRolesHaveNoWildcardAndNoManagedPolicy() {
    json.resources(POLICY)
        .forEach(
            (id, policy) -> {
              if (id.contains("Fleet")) {
                assertThat(statements(policy))
                    .as(id)
                    .allMatch(statement -> !"*".equals(map(statement).get("Resource")));
              }
            });
    json.resources("AWS::IAM::Role")
        .forEach(
            (id, role) -> {
              if (id.contains("Fleet")) {
                assertThat(properties(role)).as(id).doesNotContainKey("ManagedPolicyArns");
              }
            });
  }

  @Test
  void instancesRequireImdsV2AndEncryptedVolumes() {
    template.allResourcesProperties(
        "AWS::EC2::LaunchTemplate",
        Map.of(
            "LaunchTemplateData",
            Match.objectLike(
                Map.of(
                    "MetadataOptions",
                    Match.objectLike(Map.of("HttpTokens", "required")),
                    "BlockDeviceMappings",
                    List.of(
                        Match.objectLike(
                            Map.of(
                                "Ebs",
                                Match.objectLike(
                                    Map.of("Encrypted", true, "VolumeType", "gp3")))))))));
  }

  @Test
  void ordersRunOnJava25UnderSystemdWithAMemoryLimitAndLogToCloudWatch() {
    String userData = userData("OrderFleet");
    assertThat(userData)
        .contains("dnf install -y java-25-amazon-corretto-headless jq amazon-cloudwatch-agent")
        .contains("/etc/systemd/system/ocpizza-order.service")
        .contains("User=ocpizza")
        .contains("MemoryMax=1664M")
        .contains("-Xmx992m")
        .contains("SERVER_PORT=\"8084\"")
        .contains("SPRING_PROFILES_ACTIVE=\"aws\"")
        .contains("OCPIZZA_DB_URL=\"jdbc:mysql://{Fn::GetAtt:Database")
        .contains("OCPIZZA_AUTH_ISSUER=\"https://ocpizza.example\"")
        .contains("\"log_group_name\":\"/ocpizza/order\"")
        .contains("amazon-cloudwatch-agent-ctl -a fetch-config")
        .contains("systemctl enable --now ocpizza-order.service")
        .doesNotContain("OCPIZZA_DB_PASSWORD=\"");
  }

  @Test
  void gatewayFindsEveryServiceThroughTheInternalLoadBalancer() {
    String userData = userData("GatewayFleet");
    for (Service service : Service.values()) {
      if (service != Service.GATEWAY) {
        assertThat(userData)
            .contains(service.urlVariable() + "=\"http://{Fn::GetAtt:InternalLoadBalancer")
            .contains("DNSName}:" + service.port() + "\"");
      }
    }
    assertThat(userData).doesNotContain("OCPIZZA_DB_URL");
  }

  @Test
  void cloudFrontServesTheFrontPrivatelyAndSendsTheApiToTheLoadBalancer() {
    Map<String, Object> web =
        map(
            properties(json.resource("AWS::CloudFront::Distribution", "WebDistribution"))
                .get("DistributionConfig"));
    assertThat(web.get("Aliases")).isEqualTo(List.of("ocpizza.example", "www.ocpizza.example"));
    assertThat(text(web.get("Origins")))
        .contains("DomainName:api.ocpizza.example")
        .contains("OriginProtocolPolicy:https-only")
        .contains("OriginAccessControlId");
    assertThat(list(web.get("CacheBehaviors")))
        .extracting(behavior -> map(behavior).get("PathPattern"))
        .containsExactlyElementsOf(ProductionStack.GATEWAY_PATHS);
    assertThat(list(web.get("CacheBehaviors")))
        .allMatch(behavior -> "https-only".equals(map(behavior).get("ViewerProtocolPolicy")))
        .allMatch(
            behavior -> text(behavior).contains("AllowedMethods:GETHEADOPTIONSPUTPATCHPOSTDELETE"));
    assertThat(text(web.get("ViewerCertificate"))).contains("Ref:CloudFrontCertificateArn");
    template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
  }

  @Test
  void apiFailsOverToTheMaintenancePageWhenTheLoadBalancerIsUnhealthy() {
    template.hasResourceProperties(
        "AWS::Route53::HealthCheck",
        Map.of(
            "HealthCheckConfig",
            Match.objectLike(
                Map.of(
                    "Type",
                    "HTTPS",
                    "ResourcePath",
                    "/actuator/health/readiness",
                    "Port",
                    443,
                    "FailureThreshold",
                    3))));
    template.hasResourceProperties(
        "AWS::Route53::RecordSet",
        Map.of(
            "Name",
            "api.ocpizza.example.",
            "Failover",
            "PRIMARY",
            "HealthCheckId",
            Map.of("Ref", json.logicalId("AWS::Route53::HealthCheck", "ApiHealthCheck")),
            "AliasTarget",
            Match.objectLike(Map.of("EvaluateTargetHealth", true))));
    Map<String, Object> secondary =
        properties(json.resource("AWS::Route53::RecordSet", "ApiMaintenanceRecord"));
    assertThat(secondary).containsEntry("Failover", "SECONDARY");
    assertThat(text(secondary.get("AliasTarget")))
        .contains("MaintenanceDistribution")
        .contains("HostedZoneId:Z2FDTNDATAQYW2");
  }

  @Test
  void templateNamesNoAccountAndHoldsNoSecretValue() {
    String whole = text(SynthesizedTemplates.json(template));
    assertThat(whole).doesNotContainPattern("(?<![0-9A-Za-z])[0-9]{12}(?![0-9A-Za-z])");
    assertThat(whole).doesNotContain("PRIVATE KEY");
    assertThat(json.resources("AWS::SecretsManager::Secret").values())
        .allMatch(secret -> properties(secret).containsKey("GenerateSecretString"))
        .noneMatch(secret -> properties(secret).containsKey("SecretString"));
    template.hasParameter("ReleaseVersion", Map.of("Type", "String"));
  }

  private List<String> ingressInto(String securityGroupPrefix) {
    String target = json.logicalId("AWS::EC2::SecurityGroup", securityGroupPrefix);
    List<String> sources = new ArrayList<>();
    json.resources(INGRESS).values().stream()
        .map(TemplateJson::properties)
        .filter(rule -> text(rule.get("GroupId")).equals("{Fn::GetAtt:" + target + "GroupId}"))
        .forEach(
            rule ->
                sources.add(
                    text(rule.get("SourceSecurityGroupId"))
                            .replaceAll("\\{Fn::GetAtt:(\\w+?)[0-9A-F]{8}GroupId}", "$1")
                        + " "
                        + port(rule.get("FromPort"))
                        + "-"
                        + port(rule.get("ToPort"))));
    assertThat(
            list(
                properties(json.resource("AWS::EC2::SecurityGroup", securityGroupPrefix))
                    .getOrDefault("SecurityGroupIngress", List.of())))
        .as(securityGroupPrefix + " has no inline ingress")
        .isEmpty();
    return sources;
  }

  /** A literal port, or the database's port, which is only known once the instance exists. */
  private static String port(Object port) {
    return port instanceof Map<?, ?> ? "DatabasePort" : text(port);
  }

  private Object statement(Service service, String sid) {
    String group = pascal(Topology.seed().groupOf(service).name());
    return statements(json.resource(POLICY, group + "FleetInstanceRole")).stream()
        .filter(statement -> sid.equals(map(statement).get("Sid")))
        .findFirst()
        .orElse(null);
  }

  private static List<String> resourcesOf(Object statement) {
    return statement == null ? List.of() : referencedIds(map(statement).get("Resource"));
  }

  private static List<Object> statements(Map<String, Object> policy) {
    return list(map(properties(policy).get("PolicyDocument")).get("Statement"));
  }

  private static List<String> referencedIds(Object value) {
    List<String> ids = new ArrayList<>();
    for (Object item : list(value)) {
      Object ref = item instanceof Map<?, ?> object ? object.get("Ref") : null;
      Object getAtt = item instanceof Map<?, ?> object ? object.get("Fn::GetAtt") : null;
      if (ref != null) {
        ids.add(ref.toString());
      } else if (getAtt != null) {
        ids.add(list(getAtt).get(0).toString());
      }
    }
    return ids;
  }

  private String userData(String fleetPrefix) {
    Map<String, Object> launchTemplate = json.resource("AWS::EC2::LaunchTemplate", fleetPrefix);
    return text(map(properties(launchTemplate).get("LaunchTemplateData")).get("UserData"))
        .replace("{Fn::Base64:{Fn::Join:", "");
  }

  private static String pascal(Service service) {
    return pascal(service.id());
  }

  private static String secret(Service service, String kind) {
    return json.logicalId("AWS::SecretsManager::Secret", pascal(service) + kind);
  }

  private static String pascal(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
