package com.ocpizza.management.document;

import java.net.URI;
import java.util.Optional;

/** Keeps generated documents (PDF) under a key, e.g. {@code invoices/FA-000042.pdf}. */
public interface DocumentStore {

  /** Stores a document; a document already stored under the key is left as it is. */
  void put(String key, byte[] content);

  /** The document stored under the key, if any. */
  Optional<byte[]> get(String key);

  /**
   * A link that downloads the document directly from the store and expires after the configured
   * lifetime, when the store can give one (S3); empty when the service must serve the bytes itself.
   */
  Optional<URI> downloadLink(String key);
}
