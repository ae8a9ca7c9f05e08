package io.distconnect.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** k8s/README.md, where every object the manifests need but do not ship is documented. */
final class Documentation {
  static final Path README = Manifests.MODULE.resolve("README.md");

  private Documentation() {}

  static String readme() {
    try {
      return Files.readString(README);
    } catch (IOException e) {
      throw new UncheckedIOException("k8s/README.md is missing", e);
    }
  }

  /** The README names the object in backticks: {@code `name`}. */
  static boolean mentions(String readme, String name) {
    return readme.contains("`" + name + "`");
  }

  /**
   * The README shows how to create it: {@code kubectl ... create secret|configmap <type?> name}.
   */
  static boolean showsCreateCommand(String readme, String what, String name) {
    Pattern command =
        Pattern.compile(
            "kubectl\\b[^\\n]*\\bcreate "
                + what
                + "\\b[^\\n]*?\\s"
                + Pattern.quote(name)
                + "(\\s|$)",
            Pattern.MULTILINE);
    return command.matcher(readme).find();
  }
}
