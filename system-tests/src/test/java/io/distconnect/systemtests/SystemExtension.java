package io.distconnect.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link SystemUnderTest} once for the whole test run (kept in the root store, which
 * closes it when the run ends, failed or not) and hands it to test classes as a parameter.
 */
public class SystemExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SystemExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    system(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SystemUnderTest.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return system(context);
  }

  private static SystemUnderTest system(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(SystemUnderTest.class, k -> SystemUnderTest.get(), SystemUnderTest.class);
  }
}
