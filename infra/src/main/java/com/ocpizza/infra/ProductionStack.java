package com.ocpizza.infra;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.autoscaling.BasicScheduledActionProps;
import software.amazon.awscdk.services.autoscaling.CronOptions;
import software.amazon.awscdk.services.autoscaling.RequestCountScalingProps;
import software.amazon.awscdk.services.autoscaling.Schedule;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.HttpOriginProps;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.MySqlInstanceEngineProps;
import software.amazon.awscdk.services.rds.MysqlEngineVersion;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.AaaaRecord;
import software.amazon.awscdk.services.route53.CfnRecordSet;
import software.amazon.awscdk.services.route53.Failover;
import software.amazon.awscdk.services.route53.HealthCheckType;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.CloudFrontTarget;
import software.amazon.awscdk.services.route53.targets.IAliasRecordTargetProps;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The whole production environment in eu-west-3: network, load balancers, one Auto Scaling group
 * per host group of the {@link Topology}, the MySQL database, buckets, CloudFront and Route 53.
 *
 * <p>Traffic may only flow internet → public ALB → gateway → internal ALB → services → database;
 * every security group starts closed and is opened port by port.
 */
public final class ProductionStack extends Stack {

  public static final String REGION = "eu-west-3";

  /** A reserved name: the real one is given at deploy time with {@code -c domainName=...}. */
  public static final String DEFAULT_DOMAIN = "ocpizza.example";

  static final String READINESS_PATH = "/actuator/health/readiness";

  /** Paths CloudFront sends to the gateway: the API and auth's endpoints for browsers. */
  static final List<String> GATEWAY_PATHS =
      List.of(
          "/api/*",
          "/oauth2/*",
          "/.well-known/*",
          "/login*",
          "/logout*",
          "/userinfo*",
          "/connect/*",
          "/auth-assets/*");

  private final Vpc vpc;
  private final SubnetSelection privateSubnets =
      SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();

  public ProductionStack(Construct scope, String id, Topology topology, String domainName) {
    this(scope, id, topology, domainName, null);
  }

  /**
   * @param account the AWS account to deploy to, taken from the CDK CLI's environment; {@code null}
   *     synthesizes an account-agnostic template
   */
  public ProductionStack(
      Construct scope, String id, Topology topology, String domainName, String account) {
    super(
        scope,
        id,
        StackProps.builder()
            .env(Environment.builder().region(REGION).account(account).build())
            .description("OC Pizza production (" + topology.name() + " placement)")
            .build());
    Tags.of(this).add("project", "ocpizza");

    CfnParameter release =
        CfnParameter.Builder.create(this, "ReleaseVersion")
            .type("String")
            .allowedPattern("[0-9A-Za-z._-]+")
            .description("Release to run: jars are read from s3://<artifacts>/releases/<version>/")
            .build();
    CfnParameter albCertificate =
        CfnParameter.Builder.create(this, "AlbCertificateArn")
            .type("String")
            .description("ACM certificate in eu-west-3 covering api.<domain>")
            .build();
    CfnParameter cloudFrontCertificate =
        CfnParameter.Builder.create(this, "CloudFrontCertificateArn")
            .type("String")
            .description(
                "ACM certificate in us-east-1 covering <domain>, www.<domain>, api.<domain>")
            .build();
    CfnParameter hostedZoneId =
        CfnParameter.Builder.create(this, "HostedZoneId")
            .type("AWS::Route53::HostedZone::Id")
            .description("Public hosted zone of <domain>")
            .build();

    vpc =
        Vpc.Builder.create(this, "Vpc")
            .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
            .maxAzs(2)
            .natGateways(0)
            .subnetConfiguration(
                List.of(
                    SubnetConfiguration.builder()
                        .name("public")
                        .subnetType(SubnetType.PUBLIC)
                        .cidrMask(24)
                        .build(),
                    SubnetConfiguration.builder()
                        .name("private")
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .cidrMask(22)
                        .build()))
            .gatewayEndpoints(
                Map.of(
                    "S3",
                    GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3)
                        .build()))
            .restrictDefaultSecurityGroup(true)
            .build();
    // Instances have no route to the internet: S3 (jars, packages) goes through the gateway
    // endpoint, secrets and logs through these two interface endpoints.
    vpc.addInterfaceEndpoint(
        "SecretsManagerEndpoint",
        InterfaceVpcEndpointOptions.builder()
            .service(InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
            .subnets(privateSubnets)
            .privateDnsEnabled(true)
            .build());
    vpc.addInterfaceEndpoint(
        "LogsEndpoint",
        InterfaceVpcEndpointOptions.builder()
            .service(InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS)
            .subnets(privateSubnets)
            .privateDnsEnabled(true)
            .build());

    Bucket front = privateBucket("FrontBucket", true);
    Bucket maintenance = privateBucket("MaintenanceBucket", false);
    Bucket documents = privateBucket("DocumentsBucket", true);
    Bucket artifacts = privateBucket("ArtifactsBucket", true);

    SecurityGroup databaseSecurityGroup =
        SecurityGroup.Builder.create(this, "DatabaseSecurityGroup")
            .vpc(vpc)
            .description("OC Pizza MySQL: services only")
            .allowAllOutbound(false)
            .build();
    DatabaseInstance database =
        DatabaseInstance.Builder.create(this, "Database")
            .engine(
                DatabaseInstanceEngine.mysql(
                    MySqlInstanceEngineProps.builder()
                        .version(MysqlEngineVersion.VER_8_4_10)
                        .build()))
            .instanceType(new InstanceType("t3.small"))
            .vpc(vpc)
            .vpcSubnets(privateSubnets)
            .securityGroups(List.of(databaseSecurityGroup))
            .multiAz(true)
            .storageEncrypted(true)
            .allocatedStorage(30)
            .storageType(StorageType.GP3)
            .backupRetention(Duration.days(7))
            .preferredBackupWindow("01:00-02:00")
            .preferredMaintenanceWindow("mon:02:30-mon:03:30")
            .copyTagsToSnapshot(true)
            .publiclyAccessible(false)
            .deletionProtection(true)
            .removalPolicy(RemovalPolicy.SNAPSHOT)
            .credentials(
                Credentials.fromGeneratedSecret(
                    "ocpizza_admin",
                    CredentialsBaseOptions.builder().secretName("ocpizza/database/master").build()))
            .build();
    Map<Service, Secret> databaseSecrets = new EnumMap<>(Service.class);
    for (Service service : Service.values()) {
      service
          .schema()
          .ifPresent(
              schema ->
                  databaseSecrets.put(
                      service,
                      Secret.Builder.create(this, pascal(service) + "DatabaseSecret")
                          .secretName("ocpizza/" + service.id() + "/database")
                          .description("Database user of the " + service.id() + " service")
                          .generateSecretString(
                              SecretStringGenerator.builder()
                                  .secretStringTemplate("{\"username\":\"" + schema + "\"}")
                                  .generateStringKey("password")
                                  .excludePunctuation(true)
                                  .passwordLength(32)
                                  .build())
                          .build()));
    }
    Map<Service, Secret> clientSecrets = new EnumMap<>(Service.class);
    for (Service service : databaseSecrets.keySet()) {
      clientSecrets.put(
          service,
          Secret.Builder.create(this, pascal(service) + "ClientSecret")
              .secretName("ocpizza/" + service.id() + "/client-secret")
              .description(
                  "Client-credentials secret the " + service.id() + " service presents to auth")
              .generateSecretString(
                  SecretStringGenerator.builder()
                      .excludePunctuation(true)
                      .passwordLength(40)
                      .build())
              .build());
    }
    Secret jwtSigningKey =
        Secret.Builder.create(this, "JwtSigningKey")
            .secretName("ocpizza/auth/jwt-signing-key")
            .description(
                "PEM private key the auth service signs tokens with; the generated value is a"
                    + " placeholder to replace before the first start (infra/README.md)")
            .generateSecretString(SecretStringGenerator.builder().excludePunctuation(true).build())
            .build();
    Secret jwtPreviousPublicKey =
        Secret.Builder.create(this, "JwtPreviousPublicKey")
            .secretName("ocpizza/auth/jwt-previous-public-key")
            .description(
                "PEM public key of the signing key before the last rotation, still accepted"
                    + " until the tokens it signed expire; ignored while it holds no PEM")
            .generateSecretString(SecretStringGenerator.builder().excludePunctuation(true).build())
            .build();

    ApplicationLoadBalancer publicLoadBalancer =
        ApplicationLoadBalancer.Builder.create(this, "PublicLoadBalancer")
            .vpc(vpc)
            .internetFacing(true)
            .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
            .dropInvalidHeaderFields(true)
            .build();
    ApplicationTargetGroup gatewayTargets = targetGroup(Service.GATEWAY);
    ApplicationListener https =
        publicLoadBalancer.addListener(
            "Https",
            BaseApplicationListenerProps.builder()
                .port(443)
                .protocol(ApplicationProtocol.HTTPS)
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .certificates(
                    List.of(ListenerCertificate.fromArn(albCertificate.getValueAsString())))
                .defaultTargetGroups(List.of(gatewayTargets))
                .build());
    publicLoadBalancer.addRedirect();
    https.addAction(
        "Readiness",
        AddApplicationActionProps.builder()
            .priority(5)
            .conditions(List.of(ListenerCondition.pathPatterns(List.of(READINESS_PATH))))
            .action(ListenerAction.forward(List.of(gatewayTargets)))
            .build());
    https.addAction(
        "HideInternals",
        AddApplicationActionProps.builder()
            .priority(10)
            .conditions(
                List.of(ListenerCondition.pathPatterns(List.of("/actuator/*", "/internal/*"))))
            .action(
                ListenerAction.fixedResponse(
                    404,
                    FixedResponseOptions.builder()
                        .contentType("application/json")
                        .messageBody("{\"status\":404,\"title\":\"Not Found\"}")
                        .build()))
            .build());

    Map<Service, ApplicationTargetGroup> targetGroups = new EnumMap<>(Service.class);
    targetGroups.put(Service.GATEWAY, gatewayTargets);
    Map<String, String> serviceUrls = new LinkedHashMap<>();
    ApplicationLoadBalancer internalLoadBalancer = null;
    if (topology.selfContained()) {
      for (Service service : Service.values()) {
        if (service != Service.GATEWAY) {
          serviceUrls.put(service.urlVariable(), "http://127.0.0.1:" + service.port());
        }
      }
    } else {
      internalLoadBalancer =
          ApplicationLoadBalancer.Builder.create(this, "InternalLoadBalancer")
              .vpc(vpc)
              .internetFacing(false)
              .vpcSubnets(privateSubnets)
              .dropInvalidHeaderFields(true)
              .build();
      for (Service service : Service.values()) {
        if (service == Service.GATEWAY) {
          continue;
        }
        ApplicationTargetGroup targets = targetGroup(service);
        targetGroups.put(service, targets);
        internalLoadBalancer.addListener(
            pascal(service),
            BaseApplicationListenerProps.builder()
                .port(service.port())
                .protocol(ApplicationProtocol.HTTP)
                .open(false)
                .defaultTargetGroups(List.of(targets))
                .build());
        serviceUrls.put(
            service.urlVariable(),
            "http://" + internalLoadBalancer.getLoadBalancerDnsName() + ":" + service.port());
      }
    }

    String releaseUri =
        "s3://" + artifacts.getBucketName() + "/releases/" + release.getValueAsString();
    // The server's URL: each service appends its own schema.
    String databaseUrl =
        "jdbc:mysql://"
            + database.getDbInstanceEndpointAddress()
            + ":"
            + database.getDbInstanceEndpointPort();
    for (HostGroup hostGroup : topology.groups()) {
      List<InstanceScripts.ServiceLaunch> launches = new ArrayList<>();
      List<String> ownSecrets = new ArrayList<>();
      List<String> ownJars = new ArrayList<>();
      List<String> ownLogGroups = new ArrayList<>();
      for (Service service : hostGroup.services()) {
        LogGroup logs =
            LogGroup.Builder.create(this, pascal(service) + "Logs")
                .logGroupName("/ocpizza/" + service.id())
                .retention(RetentionDays.ONE_MONTH)
                .build();
        ownLogGroups.add(logs.getLogGroupArn());
        ownJars.add(artifacts.arnForObjects("releases/*/" + service.jar()));
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", REGION);
        environment.put("OCPIZZA_AUTH_ISSUER", "https://" + domainName);
        environment.putAll(serviceUrls);
        Secret databaseSecret = databaseSecrets.get(service);
        if (databaseSecret != null) {
          environment.put("OCPIZZA_DB_URL", databaseUrl);
          environment.put("OCPIZZA_DB_SECRET_ARN", databaseSecret.getSecretArn());
          ownSecrets.add(databaseSecret.getSecretArn());
        }
        Secret clientSecret = clientSecrets.get(service);
        if (clientSecret != null) {
          environment.put("OCPIZZA_SERVICE_SECRET_ARN", clientSecret.getSecretArn());
          ownSecrets.add(clientSecret.getSecretArn());
        }
        if (service == Service.AUTH) {
          // Auth checks every service's client secret, and signs with the key it alone reads.
          List<String> clients = new ArrayList<>();
          clientSecrets.forEach(
              (client, secret) -> {
                clients.add(client.name() + "=" + secret.getSecretArn());
                if (client != service) {
                  ownSecrets.add(secret.getSecretArn());
                }
              });
          environment.put("OCPIZZA_SERVICE_CLIENT_SECRET_ARNS", String.join(" ", clients));
          environment.put("OCPIZZA_JWT_SECRET_ARN", jwtSigningKey.getSecretArn());
          environment.put("OCPIZZA_JWT_PREVIOUS_SECRET_ARN", jwtPreviousPublicKey.getSecretArn());
          ownSecrets.add(jwtSigningKey.getSecretArn());
          ownSecrets.add(jwtPreviousPublicKey.getSecretArn());
        }
        if (service == Service.MANAGEMENT) {
          environment.put("OCPIZZA_DOCUMENTS_BUCKET", documents.getBucketName());
          environment.put("OCPIZZA_DOCUMENTS_PREFIX", "management/");
        }
        launches.add(
            new InstanceScripts.ServiceLaunch(
                service,
                hostGroup.memoryLimitMbPerService(),
                hostGroup.heapMbPerService(),
                releaseUri,
                "/ocpizza/" + service.id(),
                environment));
      }

      Fleet fleet =
          new Fleet(
              this,
              pascal(hostGroup.name()) + "Fleet",
              vpc,
              hostGroup.instanceType(),
              hostGroup.minCapacity(),
              hostGroup.maxCapacity(),
              InstanceScripts.serviceHost(launches),
              true);
      if (!ownSecrets.isEmpty()) {
        fleet.allow("ReadOwnSecrets", List.of("secretsmanager:GetSecretValue"), ownSecrets);
      }
      fleet.allow("FetchOwnJars", List.of("s3:GetObject"), ownJars);
      fleet.allow(
          "WriteOwnLogs",
          List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
          ownLogGroups);
      if (hostGroup.runs(Service.MANAGEMENT)) {
        fleet.allow(
            "WriteOwnDocuments",
            List.of("s3:GetObject", "s3:PutObject"),
            List.of(documents.arnForObjects("management/*")));
      }

      for (Service service : hostGroup.services()) {
        if (targetGroups.containsKey(service)) {
          fleet.group.attachToApplicationTargetGroup(targetGroups.get(service));
        }
      }
      if (internalLoadBalancer != null) {
        internalLoadBalancer
            .getConnections()
            .allowFrom(
                fleet.securityGroup,
                Port.tcpRange(Service.FIRST_INTERNAL_PORT, Service.LAST_INTERNAL_PORT),
                "calls to the services");
      }
      if (hostGroup.services().stream().anyMatch(service -> service.schema().isPresent())) {
        database.getConnections().allowDefaultPortFrom(fleet.securityGroup, "own schema");
      }
      allowHttpsToEndpoints(fleet.securityGroup);
      hostGroup.eveningPeak().ifPresent(peak -> scaleForTheEveningPeak(fleet, hostGroup, peak));
      new CfnOutput(
          this,
          pascal(hostGroup.name()) + "GroupName",
          outputProps(fleet.group.getAutoScalingGroupName()));
    }

    LogGroup bootstrapLogs =
        LogGroup.Builder.create(this, "DatabaseBootstrapLogs")
            .logGroupName("/ocpizza/db-bootstrap")
            .retention(RetentionDays.ONE_MONTH)
            .build();
    Map<String, String> secretArnBySchema = new LinkedHashMap<>();
    databaseSecrets.forEach(
        (service, secret) ->
            secretArnBySchema.put(service.schema().orElseThrow(), secret.getSecretArn()));
    Fleet bootstrap =
        new Fleet(
            this,
            "DatabaseBootstrapFleet",
            vpc,
            "t3a.micro",
            0,
            1,
            InstanceScripts.databaseBootstrap(
                REGION,
                database.getDbInstanceEndpointAddress(),
                database.getSecret().getSecretArn(),
                secretArnBySchema,
                "/ocpizza/db-bootstrap"),
            false);
    List<String> bootstrapSecrets = new ArrayList<>(secretArnBySchema.values());
    bootstrapSecrets.add(0, database.getSecret().getSecretArn());
    bootstrap.allow(
        "ReadDatabaseSecrets", List.of("secretsmanager:GetSecretValue"), bootstrapSecrets);
    bootstrap.allow(
        "WriteOwnLogs",
        List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
        List.of(bootstrapLogs.getLogGroupArn()));
    database.getConnections().allowDefaultPortFrom(bootstrap.securityGroup, "bootstrap");
    allowHttpsToEndpoints(bootstrap.securityGroup);

    new CfnOutput(
        this, "JwtPreviousPublicKeySecretArn", outputProps(jwtPreviousPublicKey.getSecretArn()));
    edge(
        domainName,
        front,
        maintenance,
        publicLoadBalancer,
        cloudFrontCertificate.getValueAsString(),
        hostedZoneId.getValueAsString());

    new CfnOutput(
        this, "DatabaseBootstrapGroupName", outputProps(bootstrap.group.getAutoScalingGroupName()));
    new CfnOutput(this, "FrontBucketName", outputProps(front.getBucketName()));
    new CfnOutput(this, "MaintenanceBucketName", outputProps(maintenance.getBucketName()));
    new CfnOutput(this, "DocumentsBucketName", outputProps(documents.getBucketName()));
    new CfnOutput(this, "ArtifactsBucketName", outputProps(artifacts.getBucketName()));
    new CfnOutput(this, "DatabaseEndpoint", outputProps(database.getDbInstanceEndpointAddress()));
    new CfnOutput(this, "JwtSigningKeySecretArn", outputProps(jwtSigningKey.getSecretArn()));
    new CfnOutput(
        this, "LoadBalancerDnsName", outputProps(publicLoadBalancer.getLoadBalancerDnsName()));
  }

  private Bucket privateBucket(String id, boolean versioned) {
    Bucket.Builder bucket =
        Bucket.Builder.create(this, id)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.S3_MANAGED)
            .enforceSsl(true)
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
            .versioned(versioned)
            .removalPolicy(RemovalPolicy.RETAIN);
    if (versioned) {
      bucket.lifecycleRules(
          List.of(
              LifecycleRule.builder()
                  .id("ForgetOldVersions")
                  .noncurrentVersionExpiration(Duration.days(90))
                  .abortIncompleteMultipartUploadAfter(Duration.days(7))
                  .build()));
    }
    return bucket.build();
  }

  private ApplicationTargetGroup targetGroup(Service service) {
    return ApplicationTargetGroup.Builder.create(this, pascal(service) + "Targets")
        .vpc(vpc)
        .port(service.port())
        .protocol(ApplicationProtocol.HTTP)
        .targetType(TargetType.INSTANCE)
        .deregistrationDelay(Duration.seconds(30))
        .healthCheck(
            HealthCheck.builder()
                .path(READINESS_PATH)
                .healthyHttpCodes("200")
                .interval(Duration.seconds(10))
                .timeout(Duration.seconds(5))
                .healthyThresholdCount(2)
                .unhealthyThresholdCount(3)
                .build())
        .build();
  }

  private static void allowHttpsToEndpoints(SecurityGroup securityGroup) {
    // The private subnets route nowhere but to the VPC endpoints, so this reaches only them.
    securityGroup.addEgressRule(
        Peer.anyIpv4(), Port.HTTPS, "S3 gateway endpoint and interface endpoints");
  }

  private static void scaleForTheEveningPeak(Fleet fleet, HostGroup hostGroup, EveningPeak peak) {
    fleet.group.scaleOnSchedule(
        "ScaleOutBeforeEveningPeak",
        BasicScheduledActionProps.builder()
            .schedule(daily(peak.scaleOutAt()))
            .timeZone(EveningPeak.TIME_ZONE)
            .minCapacity(peak.peakCapacity())
            .desiredCapacity(peak.peakCapacity())
            .build());
    fleet.group.scaleOnSchedule(
        "ScaleInAfterEveningPeak",
        BasicScheduledActionProps.builder()
            .schedule(daily(peak.scaleInAt()))
            .timeZone(EveningPeak.TIME_ZONE)
            .minCapacity(hostGroup.minCapacity())
            .desiredCapacity(hostGroup.minCapacity())
            .build());
    fleet.group.scaleOnRequestCount(
        "RequestsPerInstance",
        RequestCountScalingProps.builder()
            .targetRequestsPerMinute(peak.requestsPerMinutePerInstance())
            .build());
  }

  private static Schedule daily(LocalTime time) {
    return Schedule.cron(
        CronOptions.builder()
            .minute(Integer.toString(time.getMinute()))
            .hour(Integer.toString(time.getHour()))
            .build());
  }

  private void edge(
      String domainName,
      Bucket front,
      Bucket maintenance,
      ApplicationLoadBalancer publicLoadBalancer,
      String cloudFrontCertificateArn,
      String hostedZoneId) {
    String apiHost = "api." + domainName;
    ICertificate certificate =
        Certificate.fromCertificateArn(this, "CloudFrontCertificate", cloudFrontCertificateArn);
    Function spaRouting =
        Function.Builder.create(this, "SpaRouting")
            .runtime(FunctionRuntime.JS_2_0)
            .comment("Serves index.html for the web front's client-side routes")
            .code(
                FunctionCode.fromInline(
                    "function handler(event) {\n"
                        + "  var request = event.request;\n"
                        + "  if (request.uri.indexOf('.') === -1) { request.uri = '/index.html'; }\n"
                        + "  return request;\n"
                        + "}\n"))
            .build();
    // The API and auth's browser-facing endpoints (the issuer is https://<domain>) go to the
    // gateway; everything else is the web front.
    BehaviorOptions toGateway =
        BehaviorOptions.builder()
            .origin(
                new HttpOrigin(
                    apiHost,
                    HttpOriginProps.builder()
                        .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                        .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
                        .readTimeout(Duration.seconds(30))
                        .build()))
            .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
            .allowedMethods(AllowedMethods.ALLOW_ALL)
            .cachePolicy(CachePolicy.CACHING_DISABLED)
            .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
            .build();
    Map<String, BehaviorOptions> gatewayBehaviors = new LinkedHashMap<>();
    for (String path : GATEWAY_PATHS) {
      gatewayBehaviors.put(path, toGateway);
    }
    Distribution web =
        Distribution.Builder.create(this, "WebDistribution")
            .comment("OC Pizza web front and API")
            .domainNames(List.of(domainName, "www." + domainName))
            .certificate(certificate)
            .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
            .httpVersion(HttpVersion.HTTP2_AND_3)
            .priceClass(PriceClass.PRICE_CLASS_100)
            .defaultRootObject("index.html")
            .defaultBehavior(
                BehaviorOptions.builder()
                    .origin(S3BucketOrigin.withOriginAccessControl(front))
                    .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                    .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                    .responseHeadersPolicy(ResponseHeadersPolicy.SECURITY_HEADERS)
                    .functionAssociations(
                        List.of(
                            FunctionAssociation.builder()
                                .eventType(FunctionEventType.VIEWER_REQUEST)
                                .function(spaRouting)
                                .build()))
                    .build())
            .additionalBehaviors(gatewayBehaviors)
            .build();
    // Answers for api.<domain> when the load balancer fails its health check: every request,
    // whatever its method or path, gets the static maintenance page with a 503.
    Distribution maintenancePage =
        Distribution.Builder.create(this, "MaintenanceDistribution")
            .comment("OC Pizza maintenance page, served when the API is down")
            .domainNames(List.of(apiHost))
            .certificate(certificate)
            .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
            .priceClass(PriceClass.PRICE_CLASS_100)
            .defaultRootObject("maintenance.html")
            .defaultBehavior(
                BehaviorOptions.builder()
                    .origin(S3BucketOrigin.withOriginAccessControl(maintenance))
                    .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                    .allowedMethods(AllowedMethods.ALLOW_ALL)
                    .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                    .build())
            .errorResponses(
                List.of(400, 403, 404, 405).stream()
                    .map(
                        status ->
                            ErrorResponse.builder()
                                .httpStatus(status)
                                .responseHttpStatus(503)
                                .responsePagePath("/maintenance.html")
                                .ttl(Duration.seconds(10))
                                .build())
                    .toList())
            .build();

    IHostedZone zone =
        HostedZone.fromHostedZoneAttributes(
            this,
            "Zone",
            HostedZoneAttributes.builder().hostedZoneId(hostedZoneId).zoneName(domainName).build());
    RecordTarget toWeb = RecordTarget.fromAlias(new CloudFrontTarget(web));
    ARecord.Builder.create(this, "ApexRecord").zone(zone).target(toWeb).build();
    AaaaRecord.Builder.create(this, "ApexIpv6Record").zone(zone).target(toWeb).build();
    ARecord.Builder.create(this, "WwwRecord").zone(zone).recordName("www").target(toWeb).build();
    AaaaRecord.Builder.create(this, "WwwIpv6Record")
        .zone(zone)
        .recordName("www")
        .target(toWeb)
        .build();
    software.amazon.awscdk.services.route53.HealthCheck apiHealth =
        software.amazon.awscdk.services.route53.HealthCheck.Builder.create(this, "ApiHealthCheck")
            .type(HealthCheckType.HTTPS)
            .fqdn(publicLoadBalancer.getLoadBalancerDnsName())
            .port(443)
            .resourcePath(READINESS_PATH)
            .requestInterval(Duration.seconds(30))
            .failureThreshold(3)
            .build();
    ARecord.Builder.create(this, "ApiRecord")
        .zone(zone)
        .recordName("api")
        .target(
            RecordTarget.fromAlias(
                new LoadBalancerTarget(
                    publicLoadBalancer,
                    new IAliasRecordTargetProps() {
                      @Override
                      public Boolean getEvaluateTargetHealth() {
                        return true;
                      }
                    })))
        .failover(Failover.PRIMARY)
        .setIdentifier("api-load-balancer")
        .healthCheck(apiHealth)
        .build();
    // Written at the CloudFormation level: Route 53 refuses EvaluateTargetHealth on a CloudFront
    // alias, which the higher-level record insists on for failover records.
    CfnRecordSet.Builder.create(this, "ApiMaintenanceRecord")
        .hostedZoneId(hostedZoneId)
        .name(apiHost + ".")
        .type("A")
        .failover("SECONDARY")
        .setIdentifier("api-maintenance-page")
        .aliasTarget(
            CfnRecordSet.AliasTargetProperty.builder()
                .dnsName(maintenancePage.getDistributionDomainName())
                .hostedZoneId(CloudFrontTarget.CLOUDFRONT_ZONE_ID)
                .evaluateTargetHealth(false)
                .build())
        .build();
    new CfnOutput(this, "WebDistributionId", outputProps(web.getDistributionId()));
  }

  private static CfnOutputProps outputProps(String value) {
    return CfnOutputProps.builder().value(value).build();
  }

  private static String pascal(Service service) {
    return pascal(service.id());
  }

  private static String pascal(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
