package cn.gidi.dongtai.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one run of the weekly job is asked to do: the week (ending on {@code week}), the sources file,
 * an optional base URL for relative list URLs, whether to mail subscribers at the end, and optionally a
 * WARC capture of an earlier run to replay instead of crawling the network; {@code fresh} starts a new
 * attempt (a new crawl) even when the last run of the same request failed part-way.
 */
public record RunRequest(LocalDate week, Path sources, String base, boolean deliver, Path replay, boolean fresh) {

    public RunRequest(LocalDate week, Path sources, String base, boolean deliver) {
        this(week, sources, base, deliver, null, false);
    }
}
