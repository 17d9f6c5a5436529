package com.ocpizza.management.document;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Records every HTTP request the SDK's S3 clients send in the tests (registered as a global
 * interceptor), to check headers the S3 stand-in accepts but does not act on, such as server-side
 * encryption.
 */
public class SentS3Requests implements ExecutionInterceptor {

  private static final List<SdkHttpRequest> SENT = new CopyOnWriteArrayList<>();

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
    SENT.add(context.httpRequest());
  }

  /** The last request sent to a path, e.g. {@code /bucket/prefix/key}. */
  static SdkHttpRequest lastTo(String method, String path) {
    for (int i = SENT.size() - 1; i >= 0; i--) {
      SdkHttpRequest request = SENT.get(i);
      if (request.method().name().equals(method) && request.encodedPath().equals(path)) {
        return request;
      }
    }
    throw new AssertionError("No " + method + " " + path + " was sent");
  }
}
