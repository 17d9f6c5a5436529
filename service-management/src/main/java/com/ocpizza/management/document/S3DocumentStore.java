package com.ocpizza.management.document;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/**
 * Documents in an S3 bucket under a prefix, encrypted at rest (SSE-S3), written once (a conditional
 * put never replaces a stored document), downloaded through presigned links that expire.
 */
class S3DocumentStore implements DocumentStore {

  private static final int PRECONDITION_FAILED = 412;

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final String prefix;
  private final Duration linkLifetime;

  S3DocumentStore(S3Client s3, S3Presigner presigner, S3Properties properties) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = properties.bucket();
    this.prefix = properties.prefix() == null ? "" : properties.prefix();
    this.linkLifetime = properties.linkLifetime();
  }

  @Override
  public void put(String key, byte[] content) {
    try {
      s3.putObject(
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(prefix + key)
              .contentType("application/pdf")
              .serverSideEncryption(ServerSideEncryption.AES256)
              .ifNoneMatch("*")
              .build(),
          RequestBody.fromBytes(content));
    } catch (S3Exception e) {
      if (e.statusCode() != PRECONDITION_FAILED) {
        throw e;
      }
      // Already stored: documents are written once and never replaced.
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(
          s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build())
              .asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<URI> downloadLink(String key) {
    GetObjectPresignRequest request =
        GetObjectPresignRequest.builder()
            .signatureDuration(linkLifetime)
            .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build())
            .build();
    return Optional.of(URI.create(presigner.presignGetObject(request).url().toString()));
  }
}
