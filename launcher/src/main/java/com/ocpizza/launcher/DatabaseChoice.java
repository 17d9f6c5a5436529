package com.ocpizza.launcher;

/**
 * Which database server a suite runs against. A server named by {@code OCPIZZA_DB_URL} always wins.
 */
public enum DatabaseChoice {

  /** The server on 127.0.0.1:3306 when one answers, else an embedded MariaDB. */
  LOCAL_OR_EMBEDDED,

  /**
   * An embedded MariaDB of the suite's own, so that a suite started by tests never touches the
   * schemas and passwords of a developer's suite on the local server.
   */
  EMBEDDED
}
