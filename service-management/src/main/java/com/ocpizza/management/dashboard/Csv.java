package com.ocpizza.management.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes a dashboard table as RFC 4180 CSV, one row per record. */
final class Csv {

  private Csv() {}

  static <T> ResponseEntity<byte[]> of(
      String name, List<String> header, List<T> rows, Function<T, List<Object>> columns) {
    StringBuilder csv = new StringBuilder(line(List.copyOf(header)));
    rows.forEach(row -> csv.append(line(columns.apply(row))));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String line(List<Object> values) {
    return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
