package com.ocpizza.management.document;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents go.
 *
 * @param directory the local store's folder
 * @param bucket the S3 bucket (aws profile)
 * @param prefix the key prefix inside the bucket
 * @param linkLifetime how long a presigned download link stays valid
 */
@ConfigurationProperties("ocpizza.documents")
record DocumentProperties(
    @DefaultValue(".ocpizza/documents") Path directory,
    String bucket,
    @DefaultValue("documents/") String prefix,
    @DefaultValue("5m") Duration linkLifetime) {}
