package cn.gidi.dongtai.config;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings of a command that starts no Spring context at all ({@code render}): read as Spring Boot reads
 * them (the {@code --x=y} arguments, system properties, the environment, {@code application.yml} and its
 * profiles and external files, by Boot's own config-data loader) and bound to {@link DongtaiProperties} by
 * Boot's {@link Binder}; logging is set up by Boot's logging system with the {@code logging.*} settings, as in a
 * context. What is skipped is the context itself: bean definitions, configuration classes, post-processors.
 */
public final class PlainSettings {

    private PlainSettings() {
    }

    /** The environment of {@code args} ({@code --key=value}), with logging started from it. */
    public static ConfigurableEnvironment environment(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        if (args.length > 0) {
            env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        }
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        startLogging(env);
        return env;
    }

    public static DongtaiProperties dongtai(ConfigurableEnvironment env) {
        return Binder.get(env).bindOrCreate("dongtai", DongtaiProperties.class);
    }

    private static void startLogging(ConfigurableEnvironment env) {
        LoggingSystem logging = LoggingSystem.get(PlainSettings.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(env), null, LogFile.get(env));
        Binder.get(env).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .ifBound(levels -> levels.forEach((name, level) -> logging.setLogLevel(
                        name.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : name, level)));
    }
}
