package cn.gidi.dongtai.render;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * FreeMarker over the {@code templates/} folder. {@code .ftlh} templates escape HTML by default, so only
 * values marked {@code ?no_esc} (the already-sanitized article bodies) go out as markup.
 */
public final class Templates {

    private final Configuration cfg;

    public Templates(Path folder) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("templates folder " + folder.toAbsolutePath() + " is missing", e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Records are read as properties: ${item.title} calls item.title().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
    }

    public String render(String name, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            cfg.getTemplate(name).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String first = e.getMessageWithoutStackTop().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            throw new IllegalStateException("template " + name + " line " + e.getLineNumber() + ": " + first
                    + (e.getBlamedExpressionString() == null ? "" : " (" + e.getBlamedExpressionString() + ")"), e);
        } catch (IOException e) {
            throw new IllegalStateException("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
