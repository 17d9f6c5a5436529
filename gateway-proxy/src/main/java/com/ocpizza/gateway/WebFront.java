package com.ocpizza.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the web front (the {@code web-front} jar's {@code META-INF/resources/app/}) under {@code
 * /app/}: files by Spring's static resource handling, every other path under {@code /app/} (a deep
 * link such as {@code /app/orders/42}) with the app's {@code index.html}, so the browser router
 * shows the page. The site's root leads to the app.
 */
@Configuration(proxyBeanMethods = false)
class WebFront {

  static final Resource INDEX = new ClassPathResource("META-INF/resources/app/index.html");

  @Bean
  RouterFunction<ServerResponse> webFrontRoutes() {
    return RouterFunctions.route(
            GET("/").or(GET("/app")),
            request -> ServerResponse.temporaryRedirect(URI.create("/app/")).build())
        .andRoute(GET("/app/**").and(WebFront::isPageOfTheApp), WebFront::index);
  }

  /** A path under /app/ whose last segment names no file (no dot): one of the app's pages. */
  static boolean isPageOfTheApp(ServerRequest request) {
    String path = request.path();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private static reactor.core.publisher.Mono<ServerResponse> index(ServerRequest request) {
    if (!INDEX.exists()) {
      return ServerResponse.notFound().build();
    }
    return ServerResponse.ok()
        .contentType(MediaType.TEXT_HTML)
        .cacheControl(CacheControl.noCache())
        .bodyValue(INDEX);
  }
}
