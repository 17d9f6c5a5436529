package com.ocpizza.infra.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resources of a template as plain maps, with the few accessors the pricer needs. */
final class Resources {

  private final Map<String, Object> resources;

  Resources(Map<String, Object> template) {
    this.resources = map(template.get("Resources"));
    if (resources == null) {
      throw new IllegalArgumentException("not a CloudFormation template: no Resources");
    }
  }

  Map<String, Object> get(String logicalId) {
    Map<String, Object> resource = map(resources.get(logicalId));
    if (resource == null) {
      throw new IllegalArgumentException("no resource " + logicalId + " in the template");
    }
    return resource;
  }

  Map<String, Map<String, Object>> ofType(String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    resources.forEach(
        (id, resource) -> {
          if (type.equals(map(resource).get("Type"))) {
            found.put(id, map(resource));
          }
        });
    return found;
  }

  static Map<String, Object> properties(Map<String, Object> resource) {
    Map<String, Object> properties = map(resource.get("Properties"));
    return properties == null ? Map.of() : properties;
  }

  /** The logical id a {@code {"Ref": id}} points to. */
  static String ref(Object value) {
    Object ref = value instanceof Map<?, ?> object ? object.get("Ref") : null;
    return ref == null ? null : ref.toString();
  }

  static int integer(Object value) {
    return new BigDecimal(value.toString()).intValueExact();
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
