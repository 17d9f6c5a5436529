package com.ocpizza.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the request id set by the gateway (or a new one) into every log line of the request and
 * back in the response, and names the instance that answered, so balancing can be observed.
 */
public class RequestIdFilter extends OncePerRequestFilter {

  public static final String REQUEST_ID = "X-Request-Id";
  public static final String INSTANCE_ID = "X-Instance-Id";
  static final String MDC_KEY = "requestId";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final String instanceId;

  public RequestIdFilter(String instanceId) {
    this.instanceId = instanceId;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = request.getHeader(REQUEST_ID);
    if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
      requestId = UUID.randomUUID().toString();
    }
    response.setHeader(REQUEST_ID, requestId);
    response.setHeader(INSTANCE_ID, instanceId);
    MDC.put(MDC_KEY, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }
}
