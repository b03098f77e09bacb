package dev.stocktake.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.reports.view.Cell;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates from a project cannot run code, and answer text cannot become markup. */
class TemplatesTest {
  private static final Configuration CONFIG = Templates.configuration("hostile");

  private static String render(String template, Map<String, Object> model) throws Exception {
    StringWriter out = new StringWriter();
    CONFIG.getTemplate(template).process(model, out);
    return out.toString();
  }

  @Test
  void htmlTemplatesEscapeAnswerText() throws Exception {
    String html =
        render("escape.ftlh", Map.of("text", "<script>alert('x')</script> & ${x} <#assign y=1>"));
    assertEquals(
        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ${x} &lt;#assign y=1&gt;</p>\n",
        html);
  }

  @Test
  void plainTemplatesAreNotHtml() throws Exception {
    assertEquals("a < b\n", render("plain.ftl", Map.of("text", "a < b")));
  }

  @Test
  void noClassCanBeInstantiated() {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render("new.ftlh", new HashMap<>()));
    assertTrue(e.getMessage().contains("Instantiating"), e.getMessage());
  }

  @Test
  void theApiBuiltInIsOff() {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render("api.ftlh", Map.of("map", Map.of())));
    assertTrue(e.getMessage().contains("api_builtin_enabled"), e.getMessage());
  }

  @Test
  void viewRecordsExposeTheirComponents() throws Exception {
    assertEquals("x\n", render("view.ftlh", Map.of("cell", Cell.text("x"))));
  }

  @Test
  void viewRecordsExposeNoOtherMethod() {
    assertThrows(
        TemplateException.class, () -> render("view-method.ftlh", Map.of("cell", Cell.text("x"))));
  }

  @Test
  void otherObjectsExposeNothing() {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () -> render("bean.ftlh", Map.of("object", new java.io.File("/etc/passwd"))));
    assertTrue(e.getMessage().contains("object.path"), e.getMessage());
  }
}
