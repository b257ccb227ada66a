package cn.gidi.dongtai.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's protections: the Host check, CSRF tokens on every form, a Content-Security-Policy that lets
 * scraped article HTML load nothing remote and run nothing, and a login whenever the console is reachable
 * from beyond this machine. The unsubscribe links mailed to subscribers are the only pages served without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurity {

    static final String CSP = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-src 'self'; object-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ConsoleProperties props) throws Exception {
        boolean open = isLoopback(props.bind()) && !props.requireLogin();
        if (!open && props.users().isEmpty()) {
            throw new IllegalStateException("the console " + (props.requireLogin() ? "is to ask for a login"
                    : "would listen on " + props.bind() + " without a login") + ", but no user is configured: "
                    + "set dongtai.console.users (name and password-hash; preview --hash-password makes one)"
                    + (props.requireLogin() ? "" : ", or bind to 127.0.0.1"));
        }
        http.addFilterBefore(new HostCheck(props), SecurityContextHolderFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(c -> c.ignoringRequestMatchers("/unsubscribe/**"));
        if (open) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        } else {
            http.authorizeHttpRequests(a -> a.requestMatchers("/unsubscribe/**", "/login").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(f -> f.permitAll())
                    .logout(l -> l.permitAll());
        }
        return http.build();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleProperties props) {
        List<org.springframework.security.core.userdetails.UserDetails> users = props.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).roles("EDITOR").build()).toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot bind the console to '" + address + "': unknown address", e);
        }
    }
}
