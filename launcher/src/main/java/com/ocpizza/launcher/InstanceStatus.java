package com.ocpizza.launcher;

import java.util.OptionalLong;

/**
 * What {@code ./ocpizza status} shows of one process.
 *
 * @param name the instance id, e.g. {@code order-8094}, or {@code database}
 * @param pid its pid while it runs
 * @param health UP, STARTING (runs, not ready), DOWN (runs, answers not ready) or STOPPED
 * @param url where it listens
 */
public record InstanceStatus(String name, OptionalLong pid, String health, String url) {}
