package com.ocpizza.management.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the local store keeps documents.
 *
 * @param directory the folder documents are written under
 */
@ConfigurationProperties("ocpizza.documents")
record DocumentProperties(@DefaultValue(".ocpizza/documents") Path directory) {}
