package cn.gidi.dongtai.console;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editors' console ({@code preview}). On 127.0.0.1 it needs no login (whoever can reach loopback is on
 * this machine); bound to any other address it requires one of {@code users}, whose passwords are stored
 * only as hashes ({@code {bcrypt}…}; {@code preview --hash-password} makes one).
 *
 * @param bind         address to listen on
 * @param port         port (0: any free one)
 * @param users        who may sign in when the console is not on loopback
 * @param allowedHosts host names (besides 127.0.0.1, localhost and the bind address) the console answers to;
 *                     a request naming another {@code Host} is refused (DNS rebinding)
 * @param requireLogin ask for a login even on loopback (a shared machine); always on beyond loopback
 */
@ConfigurationProperties("dongtai.console")
public record ConsoleProperties(
        @DefaultValue("127.0.0.1") String bind,
        @DefaultValue("8080") int port,
        @DefaultValue List<User> users,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("false") boolean requireLogin) {

    public record User(String name, String passwordHash) {
    }
}
