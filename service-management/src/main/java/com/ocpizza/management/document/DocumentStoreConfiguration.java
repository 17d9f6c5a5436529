package com.ocpizza.management.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The file system store locally; S3 in the aws profile. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

  @Configuration(proxyBeanMethods = false)
  @Profile("!aws")
  @EnableConfigurationProperties(DocumentProperties.class)
  static class Local {

    @Bean
    DocumentStore fileSystemDocumentStore(DocumentProperties properties) {
      return new FileSystemDocumentStore(properties.directory());
    }
  }

  /** Amazon S3 through the AWS SDK v2; the credentials are the host's (default provider chain). */
  @Configuration(proxyBeanMethods = false)
  @Profile("aws")
  @EnableConfigurationProperties(S3Properties.class)
  static class Aws {

    @Bean(destroyMethod = "close")
    S3Client s3Client(S3Properties properties) {
      S3ClientBuilder builder = S3Client.builder().region(Region.of(properties.region()));
      if (properties.endpoint() != null) {
        // S3-compatible servers address buckets by path and may not know the checksum trailers
        // the SDK sends to Amazon by default.
        builder
            .endpointOverride(properties.endpoint())
            .forcePathStyle(true)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      }
      return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(S3Properties properties) {
      S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(properties.region()));
      if (properties.endpoint() != null) {
        builder
            .endpointOverride(properties.endpoint())
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
      }
      return builder.build();
    }

    @Bean
    DocumentStore s3DocumentStore(S3Client s3, S3Presigner presigner, S3Properties properties) {
      return new S3DocumentStore(s3, presigner, properties);
    }
  }
}
