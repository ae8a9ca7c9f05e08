package io.distconnect.contracts.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: checks that a document is a valid draft 2020-12 JSON Schema. */
final class MetaSchema {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DRAFT_2020_12 =
      REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

  private MetaSchema() {}

  /** Violations of the 2020-12 meta-schema; also fails if the validator cannot compile it. */
  static List<Error> violations(String schemaJson) {
    REGISTRY.getSchema(schemaJson, InputFormat.JSON).initializeValidators();
    return DRAFT_2020_12.validate(schemaJson, InputFormat.JSON);
  }

  static String resource(String path) {
    try (InputStream in = MetaSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
