package com.ocpizza.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.assertions.Template;

/** Plain-map views of a synthesized template, for checks that span several resources. */
final class TemplateJson {

  private final Map<String, Object> json;

  TemplateJson(Template template) {
    this.json = SynthesizedTemplates.json(template);
  }

  /** Resources of a type by logical id. */
  Map<String, Map<String, Object>> resources(String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    map(json.get("Resources"))
        .forEach(
            (id, resource) -> {
              if (type.equals(map(resource).get("Type"))) {
                found.put(id, map(resource));
              }
            });
    return found;
  }

  /** The one resource of a type whose logical id starts with a prefix. */
  Map<String, Object> resource(String type, String logicalIdPrefix) {
    List<Map<String, Object>> matches =
        resources(type).entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(logicalIdPrefix))
            .map(Map.Entry::getValue)
            .toList();
    if (matches.size() != 1) {
      throw new AssertionError(matches.size() + " " + type + " named " + logicalIdPrefix + "*");
    }
    return matches.get(0);
  }

  String logicalId(String type, String logicalIdPrefix) {
    return resources(type).keySet().stream()
        .filter(id -> id.startsWith(logicalIdPrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " named " + logicalIdPrefix + "*"));
  }

  static Map<String, Object> properties(Map<String, Object> resource) {
    return map(resource.get("Properties"));
  }

  /** The literal text of a value, with references reduced to their logical ids. */
  static String text(Object value) {
    if (value instanceof Map<?, ?> object) {
      return object.entrySet().stream()
          .map(entry -> entry.getKey() + ":" + text(entry.getValue()))
          .collect(Collectors.joining("", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(TemplateJson::text).collect(Collectors.joining(""));
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> ? (List<Object>) value : List.of(value);
  }
}
