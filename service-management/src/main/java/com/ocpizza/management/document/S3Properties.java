package com.ocpizza.management.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The S3 bucket documents go to in the aws profile. Credentials come from the host (instance role),
 * never from configuration.
 *
 * @param bucket the bucket, private and encrypted at rest
 * @param prefix the key prefix this service owns inside the bucket (its IAM policy allows no other)
 * @param region the bucket's region
 * @param endpoint an S3-compatible endpoint instead of Amazon's (path-style addressing); none on
 *     AWS
 * @param linkLifetime how long a presigned download link stays valid
 */
@ConfigurationProperties("ocpizza.documents.s3")
@Validated
record S3Properties(
    @NotBlank String bucket,
    @DefaultValue("documents/") String prefix,
    @NotBlank @DefaultValue("eu-west-3") String region,
    URI endpoint,
    @NotNull @DefaultValue("5m") Duration linkLifetime) {}
