package cn.gidi.dongtai.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Lets picocli build command objects with their Spring dependencies injected. */
final class SpringFactory implements CommandLine.IFactory {

    private final ApplicationContext context;

    SpringFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getPackageName().startsWith("cn.gidi.dongtai")) {
            return context.getAutowireCapableBeanFactory().createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
