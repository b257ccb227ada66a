package cn.gidi.dongtai.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one run of the weekly job is asked to do: the week (ending on {@code week}), the sources file,
 * an optional base URL for relative list URLs, and whether to mail subscribers at the end.
 */
public record RunRequest(LocalDate week, Path sources, String base, boolean deliver) {
}
