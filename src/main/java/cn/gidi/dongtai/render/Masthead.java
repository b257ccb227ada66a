package cn.gidi.dongtai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Cover, masthead, 声明 and back-cover text, from {@code content/masthead.yaml}. */
public record Masthead(
        String slogan,
        String title,
        String subtitle,
        List<Role> roles,
        List<Contact> contacts,
        String subscribe,
        String statement,
        List<Profile> profiles) {

    public record Role(String role, List<String> names) {
    }

    public record Contact(String label, String value) {
    }

    public record Profile(String name, String english, List<String> paragraphs) {
    }

    public static Masthead load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file.toAbsolutePath() + " not found: run dongtai from its project folder "
                    + "(where content/ and templates/ are), or set dongtai.paths.content");
        }
        try {
            return YAMLMapper.builder().build().readValue(Files.readString(file), Masthead.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + ": cannot read the masthead: " + e.getMessage(), e);
        }
    }
}
