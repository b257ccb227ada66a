package cn.gidi.dongtai.console;

import cn.gidi.dongtai.render.Templates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Console pages are FreeMarker templates in {@code templates/}, rendered by the same {@link Templates} as the
 * issue's own outputs (same folder, same escaping, records read as properties). Every page gets the CSRF token
 * its forms must carry.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TemplateViews implements ViewResolver, Ordered {

    private final Templates templates;

    TemplateViews(Templates templates) {
        this.templates = templates;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:")) {
            return null; // Spring's own handling
        }
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                Map<String, Object> all = new HashMap<>(model == null ? Map.of() : model);
                CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                all.put("csrfName", csrf == null ? "_csrf" : csrf.getParameterName());
                all.put("csrf", csrf == null ? "" : csrf.getToken());
                all.putIfAbsent("message", "");
                byte[] body = templates.render(viewName + ".ftlh", all).getBytes(StandardCharsets.UTF_8);
                response.setContentType(getContentType());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
