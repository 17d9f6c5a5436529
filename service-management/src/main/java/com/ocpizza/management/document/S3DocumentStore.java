package com.ocpizza.management.document;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/**
 * Documents in an S3 bucket under a prefix, encrypted at rest (SSE-S3), downloaded through
 * presigned links that expire.
 */
class S3DocumentStore implements DocumentStore {

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final String prefix;

  S3DocumentStore(S3Client s3, S3Presigner presigner, String bucket, String prefix) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
    this.prefix = prefix == null ? "" : prefix;
  }

  @Override
  public void put(String key, byte[] content) {
    s3.putObject(
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(prefix + key)
            .contentType("application/pdf")
            .serverSideEncryption(ServerSideEncryption.AES256)
            .build(),
        RequestBody.fromBytes(content));
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
  public Optional<URI> downloadLink(String key, Duration lifetime) {
    GetObjectPresignRequest request =
        GetObjectPresignRequest.builder()
            .signatureDuration(lifetime)
            .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build())
            .build();
    return Optional.of(URI.create(presigner.presignGetObject(request).url().toString()));
  }
}
