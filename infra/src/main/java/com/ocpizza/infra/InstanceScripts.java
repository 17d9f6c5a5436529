package com.ocpizza.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The boot scripts of the instances, as shell lines for the launch templates' user data.
 *
 * <p>Values may be CDK tokens (bucket names, endpoints, secret ARNs); they are resolved when the
 * template is synthesized. Secrets are never written to disk: each service's launcher reads them
 * from Secrets Manager when systemd starts it, so a restart picks up a rotated value.
 */
final class InstanceScripts {

  static final String LOG_DIR = "/var/log/ocpizza";
  static final String HOME = "/opt/ocpizza";

  private InstanceScripts() {}

  /** Everything a service needs to start, apart from its secrets' values. */
  record ServiceLaunch(
      Service service,
      int memoryLimitMb,
      int heapMb,
      String releaseUri,
      String logGroupName,
      Map<String, String> environment) {}

  /** Installs Java 25 and the CloudWatch agent, then one systemd unit per service. */
  static List<String> serviceHost(List<ServiceLaunch> launches) {
    List<String> lines = new ArrayList<>(commonSetup("java-25-amazon-corretto-headless"));
    lines.addAll(heredoc(HOME + "/bin/run-service", LAUNCHER, "0755"));
    lines.addAll(
        List.of(
            "imds=$(curl -sf -X PUT http://169.254.169.254/latest/api/token"
                + " -H 'X-aws-ec2-metadata-token-ttl-seconds: 60')",
            "instance_id=$(curl -sf -H \"X-aws-ec2-metadata-token: $imds\""
                + " http://169.254.169.254/latest/meta-data/instance-id)"));
    for (ServiceLaunch launch : launches) {
      String id = launch.service().id();
      lines.addAll(heredoc("/etc/ocpizza/" + id + ".env", environmentFile(launch), "0644"));
      lines.add(
          "echo \"OCPIZZA_INSTANCE_ID=" + id + "-$instance_id\" >> /etc/ocpizza/" + id + ".env");
      lines.addAll(heredoc("/etc/systemd/system/ocpizza-" + id + ".service", unit(launch), "0644"));
    }
    lines.addAll(cloudWatchAgent(logFiles(launches)));
    lines.add("systemctl daemon-reload");
    lines.add(
        "systemctl enable --now "
            + launches.stream()
                .map(launch -> "ocpizza-" + launch.service().id() + ".service")
                .collect(Collectors.joining(" ")));
    return lines;
  }

  /**
   * Creates each service's schema and database user from the secrets, idempotently, so it also
   * re-applies rotated passwords. Runs once per launch of the bootstrap instance.
   */
  static List<String> databaseBootstrap(
      String region,
      String databaseHost,
      String masterSecretArn,
      Map<String, String> serviceSecretArnBySchema,
      String logGroupName) {
    List<String> lines = new ArrayList<>(commonSetup("mariadb105"));
    lines.addAll(cloudWatchAgent(Map.of(LOG_DIR + "/db-bootstrap.log", logGroupName)));
    lines.add("exec > >(tee -a " + LOG_DIR + "/db-bootstrap.log) 2>&1");
    lines.add("export AWS_REGION=" + region);
    lines.add(
        "secret() { aws secretsmanager get-secret-value --secret-id \"$1\""
            + " --query SecretString --output text; }");
    lines.add("master=$(secret " + masterSecretArn + ")");
    lines.add("export MYSQL_PWD=$(jq -r .password <<<\"$master\")");
    lines.add(
        "sql() { mysql --host="
            + databaseHost
            + " --user=\"$(jq -r .username <<<\"$master\")\" --ssl --batch -e \"$1\"; }");
    serviceSecretArnBySchema.forEach(
        (schema, secretArn) -> {
          lines.add("password=$(secret " + secretArn + " | jq -r .password)");
          lines.add(
              "sql \"CREATE DATABASE IF NOT EXISTS "
                  + schema
                  + " CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;"
                  + " CREATE USER IF NOT EXISTS '"
                  + schema
                  + "'@'%' IDENTIFIED BY '$password';"
                  + " ALTER USER '"
                  + schema
                  + "'@'%' IDENTIFIED BY '$password';"
                  + " GRANT ALL PRIVILEGES ON "
                  + schema
                  + ".* TO '"
                  + schema
                  + "'@'%';\"");
          lines.add("echo \"database user " + schema + " is in place\"");
        });
    lines.add("echo 'database bootstrap complete'");
    return lines;
  }

  private static List<String> commonSetup(String packages) {
    return new ArrayList<>(
        List.of(
            "set -euo pipefail",
            "dnf upgrade -y --security",
            "dnf install -y " + packages + " jq amazon-cloudwatch-agent",
            "useradd --system --home-dir " + HOME + " --shell /sbin/nologin ocpizza || true",
            "install -d -o ocpizza -g ocpizza " + HOME + " " + HOME + "/bin " + LOG_DIR,
            "install -d /etc/ocpizza"));
  }

  private static Map<String, String> logFiles(List<ServiceLaunch> launches) {
    Map<String, String> files = new LinkedHashMap<>();
    for (ServiceLaunch launch : launches) {
      files.put(LOG_DIR + "/" + launch.service().id() + ".log", launch.logGroupName());
    }
    // Boot failures end up next to the first service's logs, one stream per instance.
    files.put("/var/log/cloud-init-output.log", launches.get(0).logGroupName());
    return files;
  }

  private static List<String> cloudWatchAgent(Map<String, String> logGroupByFile) {
    String collectList =
        logGroupByFile.entrySet().stream()
            .map(
                entry ->
                    "{\"file_path\":\""
                        + entry.getKey()
                        + "\",\"log_group_name\":\""
                        + entry.getValue()
                        + "\",\"log_stream_name\":\"{instance_id}-"
                        + entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1)
                        + "\"}")
            .collect(Collectors.joining(","));
    String config =
        "{\"agent\":{\"run_as_user\":\"root\"},\"logs\":{\"logs_collected\":{\"files\":"
            + "{\"collect_list\":["
            + collectList
            + "]}}}}";
    String path = "/opt/aws/amazon-cloudwatch-agent/etc/ocpizza.json";
    List<String> lines = new ArrayList<>(heredoc(path, config, "0644"));
    lines.add(
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl"
            + " -a fetch-config -m ec2 -s -c file:"
            + path);
    return lines;
  }

  private static String environmentFile(ServiceLaunch launch) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("OCPIZZA_SERVICE", launch.service().id());
    variables.put("OCPIZZA_JAR", launch.service().jar());
    variables.put("OCPIZZA_RELEASE_URI", launch.releaseUri());
    variables.put("SERVER_PORT", Integer.toString(launch.service().port()));
    variables.put("SPRING_PROFILES_ACTIVE", "aws");
    variables.put("LOGGING_FILE_NAME", LOG_DIR + "/" + launch.service().id() + ".log");
    variables.put("OCPIZZA_RUNTIME_DIR", "/var/lib/ocpizza-" + launch.service().id());
    variables.put(
        "JAVA_OPTS",
        "-Xms"
            + launch.heapMb()
            + "m -Xmx"
            + launch.heapMb()
            + "m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError"
            + " -Djava.security.egd=file:/dev/urandom");
    variables.putAll(launch.environment());
    return variables.entrySet().stream()
        .map(entry -> entry.getKey() + "=\"" + entry.getValue() + "\"")
        .collect(Collectors.joining("\n"));
  }

  private static String unit(ServiceLaunch launch) {
    String id = launch.service().id();
    return String.join(
        "\n",
        "[Unit]",
        "Description=OC Pizza " + id,
        "After=network-online.target",
        "Wants=network-online.target",
        "",
        "[Service]",
        "User=ocpizza",
        "Group=ocpizza",
        "EnvironmentFile=/etc/ocpizza/" + id + ".env",
        "StateDirectory=ocpizza-" + id,
        "WorkingDirectory=/var/lib/ocpizza-" + id,
        "ExecStart=" + HOME + "/bin/run-service",
        "MemoryMax=" + launch.memoryLimitMb() + "M",
        "MemorySwapMax=0",
        "Restart=always",
        "RestartSec=5",
        "SuccessExitStatus=143",
        "TimeoutStopSec=40",
        "NoNewPrivileges=true",
        "ProtectSystem=full",
        "PrivateTmp=true",
        "",
        "[Install]",
        "WantedBy=multi-user.target");
  }

  private static List<String> heredoc(String path, String content, String mode) {
    return List.of(
        "cat > " + path + " <<'OCPIZZA_EOF'\n" + content + "\nOCPIZZA_EOF",
        "chmod " + mode + " " + path);
  }

  /**
   * Fetches the service's jar of the current release and its secrets, then becomes the JVM, so
   * systemd supervises Java itself and its memory limit applies to it.
   */
  private static final String LAUNCHER =
      String.join(
          "\n",
          "#!/bin/bash",
          "set -euo pipefail",
          "secret() { aws secretsmanager get-secret-value --secret-id \"$1\""
              + " --query SecretString --output text; }",
          "if [[ -n \"${OCPIZZA_DB_SECRET_ARN:-}\" ]]; then",
          "  db=$(secret \"$OCPIZZA_DB_SECRET_ARN\")",
          "  OCPIZZA_DB_USER=$(jq -r .username <<<\"$db\")",
          "  OCPIZZA_DB_PASSWORD=$(jq -r .password <<<\"$db\")",
          "  export OCPIZZA_DB_USER OCPIZZA_DB_PASSWORD",
          "fi",
          "if [[ -n \"${OCPIZZA_SERVICE_SECRET_ARN:-}\" ]]; then",
          "  OCPIZZA_SERVICE_SECRET=$(secret \"$OCPIZZA_SERVICE_SECRET_ARN\")",
          "  export OCPIZZA_SERVICE_SECRET",
          "fi",
          "for client in ${OCPIZZA_SERVICE_CLIENT_SECRET_ARNS:-}; do",
          "  export \"OCPIZZA_SERVICE_SECRET_${client%%=*}=$(secret \"${client#*=}\")\"",
          "done",
          "if [[ -n \"${OCPIZZA_JWT_SECRET_ARN:-}\" ]]; then",
          "  OCPIZZA_JWT_SIGNING_KEY_PEM=$(secret \"$OCPIZZA_JWT_SECRET_ARN\")",
          "  if [[ \"$OCPIZZA_JWT_SIGNING_KEY_PEM\" != -----BEGIN* ]]; then",
          "    echo 'the JWT signing key secret holds no PEM key yet: see infra/README.md' >&2",
          "    exit 1",
          "  fi",
          "  export OCPIZZA_JWT_SIGNING_KEY_PEM",
          "fi",
          "if [[ -n \"${OCPIZZA_JWT_PREVIOUS_SECRET_ARN:-}\" ]]; then",
          "  previous=$(secret \"$OCPIZZA_JWT_PREVIOUS_SECRET_ARN\")",
          "  if [[ \"$previous\" == -----BEGIN* ]]; then",
          "    export OCPIZZA_JWT_PREVIOUS_PUBLIC_KEY_PEM=\"$previous\"",
          "  fi",
          "fi",
          "unset db previous OCPIZZA_DB_SECRET_ARN OCPIZZA_SERVICE_SECRET_ARN"
              + " OCPIZZA_SERVICE_CLIENT_SECRET_ARNS OCPIZZA_JWT_SECRET_ARN"
              + " OCPIZZA_JWT_PREVIOUS_SECRET_ARN",
          "aws s3 cp --only-show-errors \"$OCPIZZA_RELEASE_URI/$OCPIZZA_JAR\" \""
              + HOME
              + "/$OCPIZZA_JAR\"",
          "exec java $JAVA_OPTS -jar \"" + HOME + "/$OCPIZZA_JAR\"");
}
