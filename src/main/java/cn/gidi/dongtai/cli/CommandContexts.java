package cn.gidi.dongtai.cli;

import cn.gidi.dongtai.config.FileCommandsConfig;
import cn.gidi.dongtai.config.SubscribersCommandConfig;
import java.util.Set;
import org.springframework.boot.SpringApplication;

/**
 * Which Spring context a command starts. {@code render} starts none ({@link #NO_CONTEXT}); a command that works on
 * files only gets {@link FileCommandsConfig} (settings and feature services); {@code subscribers} gets the
 * database and the subscriber store ({@link SubscribersCommandConfig}); the others, which need the weekly job,
 * the schedule, the mail or the console, get the whole application. Decided after the command line is parsed,
 * before Spring starts.
 */
final class CommandContexts {

    /** Top-level commands that use neither the database nor the job (see {@link FileCommandsConfig}). */
    static final Set<String> FILES_ONLY = Set.of("sources", "render", "approve", "publish", "extract", "classify",
            "bench-crawl", "bench-extraction");

    /**
     * Files-only commands that start no Spring context at all: their settings are bound by Boot's config-data
     * loader and {@code Binder} ({@code config.PlainSettings}) and they build their services themselves
     * ({@link PlainCommand}). A Spring context (bean definitions, configuration classes, post-processors, a
     * logging listener) costs a cold process about a CPU-second, more than the whole of {@code render}'s budget.
     */
    static final Set<String> NO_CONTEXT = Set.of("render");

    /** Commands that need the database and nothing else of the application (see {@link SubscribersCommandConfig}). */
    static final Set<String> DATABASE_ONLY = Set.of("subscribers");

    private CommandContexts() {
    }

    static boolean filesOnly(String command) {
        return FILES_ONLY.contains(command);
    }

    static boolean withoutContext(String command) {
        return NO_CONTEXT.contains(command);
    }

    /** The application that runs {@code command}; {@code application} is the whole one (DongtaiApplication). */
    static SpringApplication applicationFor(String command, Class<?> application) {
        if (DATABASE_ONLY.contains(command)) {
            // Not lazy: Flyway's migration (PostgreSQL) is a bean nothing asks for, and must run as in the application.
            return new SpringApplication(SubscribersCommandConfig.class);
        }
        if (!filesOnly(command)) {
            return new SpringApplication(application);
        }
        SpringApplication app = new SpringApplication(FileCommandsConfig.class);
        app.setLazyInitialization(true); // build only the services the command asks for
        return app;
    }
}
