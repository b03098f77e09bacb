package dev.stocktake.reports.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one Freemarker configuration of Stocktake, locked down because templates may come from a
 * project: {@code .ftlh} templates render in the HTML output format with auto-escaping (so answer
 * text can never become markup), {@code ?new} can instantiate nothing, {@code ?api} is off, and
 * templates see the components of the report's view records and nothing else of any Java object
 * ({@link ViewAccessPolicy}) — never services. Errors stop rendering instead of printing into the
 * document.
 */
public final class Templates {
  private Templates() {}

  /** A configuration that loads templates from the classpath folder {@code basePackagePath}. */
  public static Configuration configuration(String basePackagePath) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), basePackagePath);
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    // Numbers and dates reach templates already formatted by the translations; Locale.ROOT keeps
    // anything else (indexes, CSS lengths) free of locale separators.
    config.setLocale(Locale.ROOT);
    config.setNumberFormat("computer");
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    wrapper.setMemberAccessPolicy(new ViewAccessPolicy());
    config.setObjectWrapper(wrapper.build());
    if (!HTMLOutputFormat.INSTANCE.isAutoEscapedByDefault()) {
      throw new IllegalStateException("the HTML output format must escape by default");
    }
    return config;
  }
}
