package com.ocpizza.management.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 document store of the aws profile, wired from configuration as the service wires it,
 * against an S3-compatible server that checks signatures and link expiry.
 */
class S3DocumentStoreIntegrationTests {

  private static final String BUCKET = "ocpizza-documents";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path work;
  static S3Proxy proxy;
  static S3Client raw;

  @BeforeAll
  static void startS3() throws IOException {
    proxy = S3Proxy.start(work);
    raw = proxy.client();
    raw.createBucket(b -> b.bucket(BUCKET));
    // The service takes its credentials from the host; here the host is this JVM.
    System.setProperty("aws.accessKeyId", S3Proxy.ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", S3Proxy.SECRET_KEY);
  }

  @AfterAll
  static void stopS3() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    if (raw != null) {
      raw.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void storesDocumentsEncryptedUnderTheConfiguredPrefix() {
    withStore(
        "5m",
        store -> {
          byte[] pdf = pdf("FA-000001");
          store.put("invoices/FA-000001.pdf", pdf);

          assertThat(store.get("invoices/FA-000001.pdf")).hasValue(pdf);
          HeadObjectResponse stored =
              raw.headObject(h -> h.bucket(BUCKET).key("management/invoices/FA-000001.pdf"));
          assertThat(stored.contentType()).isEqualTo("application/pdf");
          assertThat(
                  SentS3Requests.lastTo("PUT", "/" + BUCKET + "/management/invoices/FA-000001.pdf")
                      .firstMatchingHeader("x-amz-server-side-encryption"))
              .hasValue("AES256");
          assertThat(raw.listObjectsV2(l -> l.bucket(BUCKET)).contents())
              .extracting(S3Object::key)
              .allMatch(key -> key.startsWith("management/"));
        });
  }

  @Test
  void aDocumentNeverStoredIsAbsent() {
    withStore("5m", store -> assertThat(store.get("invoices/FA-999999.pdf")).isEmpty());
  }

  @Test
  void storesADocumentOnlyWhereNoneIsStoredYet() {
    withStore(
        "5m",
        store -> {
          store.put("invoices/AV-000001.pdf", pdf("AV-000001"));

          // Amazon S3 refuses the put (412) once a document is there; the stand-in does not
          // enforce it, so the condition is checked on the wire.
          assertThat(
                  SentS3Requests.lastTo("PUT", "/" + BUCKET + "/management/invoices/AV-000001.pdf")
                      .firstMatchingHeader("If-None-Match"))
              .hasValue("*");
        });
  }

  @Test
  void aPresignedLinkDownloadsTheDocumentWithoutCredentials() {
    withStore(
        "5m",
        store -> {
          byte[] pdf = pdf("FA-000002");
          store.put("invoices/FA-000002.pdf", pdf);

          URI link = store.downloadLink("invoices/FA-000002.pdf").orElseThrow();

          assertThat(link.getPath()).isEqualTo("/" + BUCKET + "/management/invoices/FA-000002.pdf");
          assertThat(link.getQuery()).contains("X-Amz-Expires=300");
          HttpResponse<byte[]> download = get(link);
          assertThat(download.statusCode()).isEqualTo(200);
          assertThat(download.body()).isEqualTo(pdf);
          assertThat(get(unsigned(link)).statusCode()).isEqualTo(403);
        });
  }

  @Test
  void aPresignedLinkStopsWorkingOnceExpired() {
    withStore(
        "2s",
        store -> {
          store.put("invoices/FA-000003.pdf", pdf("FA-000003"));
          URI link = store.downloadLink("invoices/FA-000003.pdf").orElseThrow();

          assertThat(get(link).statusCode()).isEqualTo(200);
          await()
              .atMost(Duration.ofSeconds(15))
              .pollInterval(Duration.ofMillis(250))
              .until(() -> get(link).statusCode() == 403);
        });
  }

  @Test
  void theAwsProfileRefusesToStartWithoutABucket() {
    runner("5m")
        .withPropertyValues("ocpizza.documents.s3.bucket=")
        .run(context -> assertThat(context).hasFailed());
  }

  private static void withStore(String linkLifetime, Consumer<DocumentStore> test) {
    runner(linkLifetime)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(DocumentStore.class)).isInstanceOf(S3DocumentStore.class);
              test.accept(context.getBean(DocumentStore.class));
            });
  }

  private static ApplicationContextRunner runner(String linkLifetime) {
    return new ApplicationContextRunner()
        .withInitializer(
            (ConfigurableApplicationContext context) ->
                context.getEnvironment().setActiveProfiles("aws"))
        .withUserConfiguration(DocumentStoreConfiguration.class)
        .withPropertyValues(
            "ocpizza.documents.s3.bucket=" + BUCKET,
            "ocpizza.documents.s3.prefix=management/",
            "ocpizza.documents.s3.region=eu-west-3",
            "ocpizza.documents.s3.endpoint=" + proxy.endpoint(),
            "ocpizza.documents.s3.link-lifetime=" + linkLifetime);
  }

  private static URI unsigned(URI link) {
    return URI.create(link.getScheme() + "://" + link.getAuthority() + link.getPath());
  }

  private static HttpResponse<byte[]> get(URI link) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pdf(String text) {
    return ("%PDF-1.7\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
