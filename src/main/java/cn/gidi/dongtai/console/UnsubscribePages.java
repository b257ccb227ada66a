package cn.gidi.dongtai.console;

import cn.gidi.dongtai.mail.UnsubscribeService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe links every message carries: {@code GET} shows whom the link names and a button (it changes
 * nothing, so a mail scanner following links unsubscribes nobody); {@code POST} (the button, or a mail client's
 * RFC 8058 one-click request) takes the subscriber off the list. The only pages served without a login and
 * without a CSRF token: the HMAC-signed token is the proof.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UnsubscribePages {

    private final UnsubscribeService unsubscribe;

    UnsubscribePages(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(unsubscribe.check(token), token, false, model, response);
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(unsubscribe.unsubscribe(token), token, true, model, response);
    }

    private static String page(Optional<UnsubscribeService.Unsubscription> u, String token, boolean done, Model model,
                               HttpServletResponse response) {
        if (u.isEmpty()) {
            response.setStatus(404);
        }
        model.addAttribute("valid", u.isPresent());
        model.addAttribute("done", done);
        model.addAttribute("email", u.map(UnsubscribeService.Unsubscription::email).orElse(""));
        model.addAttribute("subscribed", u.map(UnsubscribeService.Unsubscription::subscribed).orElse(false));
        model.addAttribute("token", token);
        return "unsubscribe";
    }
}
