package com.ocpizza.management.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The file system store locally; S3 in the aws profile (region and credentials from the host). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentStoreConfiguration {

  @Bean
  @Profile("!aws")
  DocumentStore fileSystemDocumentStore(DocumentProperties properties) {
    return new FileSystemDocumentStore(properties.directory());
  }

  @Bean(destroyMethod = "close")
  @Profile("aws")
  S3Client s3Client() {
    return S3Client.create();
  }

  @Bean(destroyMethod = "close")
  @Profile("aws")
  S3Presigner s3Presigner() {
    return S3Presigner.create();
  }

  @Bean
  @Profile("aws")
  DocumentStore s3DocumentStore(S3Client s3, S3Presigner presigner, DocumentProperties properties) {
    if (properties.bucket() == null || properties.bucket().isBlank()) {
      throw new IllegalStateException("Set OCPIZZA_DOCUMENTS_BUCKET for the aws profile");
    }
    return new S3DocumentStore(s3, presigner, properties.bucket(), properties.prefix());
  }
}
