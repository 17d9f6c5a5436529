/** Where generated documents are kept: the file system locally, Amazon S3 in the aws profile. */
package com.ocpizza.management.document;
