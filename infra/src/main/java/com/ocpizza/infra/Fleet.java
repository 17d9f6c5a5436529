package com.ocpizza.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthCheckType;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthChecksOptions;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.HealthChecks;
import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.CpuCredits;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplateHttpTokens;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * An Auto Scaling group of identical Amazon Linux 2023 instances in the private subnets, built from
 * a launch template, with its own security group (no outbound traffic unless granted) and its own
 * instance role (no permission unless granted).
 */
final class Fleet extends Construct {

  /** Root volume of every instance: the OS, Java, one jar per service and a few days of logs. */
  static final int ROOT_VOLUME_GB = 10;

  final SecurityGroup securityGroup;
  final Role role;
  final AutoScalingGroup group;

  Fleet(
      Construct scope,
      String id,
      Vpc vpc,
      String instanceType,
      int minCapacity,
      int maxCapacity,
      List<String> bootScript,
      boolean replaceWhenLoadBalancerSaysUnhealthy) {
    super(scope, id);
    securityGroup =
        SecurityGroup.Builder.create(this, "SecurityGroup")
            .vpc(vpc)
            .description("OC Pizza " + id + " instances")
            .allowAllOutbound(false)
            .build();
    role =
        Role.Builder.create(this, "InstanceRole")
            .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
            .description("OC Pizza " + id + " instances: only what they need")
            .build();
    UserData userData = UserData.forLinux();
    userData.addCommands(bootScript.toArray(String[]::new));
    LaunchTemplate template =
        LaunchTemplate.Builder.create(this, "LaunchTemplate")
            .instanceType(new InstanceType(instanceType))
            .machineImage(
                MachineImage.latestAmazonLinux2023(
                    AmazonLinux2023ImageSsmParameterProps.builder()
                        .cpuType(AmazonLinuxCpuType.X86_64)
                        .build()))
            .userData(userData)
            .role(role)
            .securityGroup(securityGroup)
            .httpTokens(LaunchTemplateHttpTokens.REQUIRED)
            .cpuCredits(CpuCredits.STANDARD)
            .blockDevices(
                List.of(
                    BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        .volume(
                            BlockDeviceVolume.ebs(
                                ROOT_VOLUME_GB,
                                EbsDeviceOptions.builder()
                                    .volumeType(EbsDeviceVolumeType.GP3)
                                    .encrypted(true)
                                    .deleteOnTermination(true)
                                    .build()))
                        .build()))
            .build();
    AutoScalingGroup.Builder builder =
        AutoScalingGroup.Builder.create(this, "Group")
            .vpc(vpc)
            .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
            .launchTemplate(template)
            .minCapacity(minCapacity)
            .maxCapacity(maxCapacity)
            .defaultInstanceWarmup(Duration.seconds(90));
    if (replaceWhenLoadBalancerSaysUnhealthy) {
      builder.healthChecks(
          HealthChecks.withAdditionalChecks(
              AdditionalHealthChecksOptions.builder()
                  .additionalTypes(List.of(AdditionalHealthCheckType.ELB))
                  .gracePeriod(Duration.minutes(5))
                  .build()));
    }
    group = builder.build();
  }

  void allow(String sid, List<String> actions, List<String> resources) {
    role.addToPrincipalPolicy(
        PolicyStatement.Builder.create()
            .sid(sid)
            .effect(Effect.ALLOW)
            .actions(actions)
            .resources(resources)
            .build());
  }
}
