package cn.gidi.dongtai.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of the weekly job is asked to do: the week (ending on {@code week}), the sources file,
 * an optional base URL for relative list URLs, whether to mail subscribers at the end, and optionally a
 * WARC capture of an earlier run to replay instead of crawling the network; {@code fresh} starts a new
 * attempt (a new crawl) even when the last run of the same request failed part-way.
 * It is also the steps' typed input: each step reads it back from the job parameters ({@link #of}).
 */
public record RunRequest(LocalDate week, Path sources, String base, boolean deliver, Path replay, boolean fresh) {

    public RunRequest(LocalDate week, Path sources, String base, boolean deliver) {
        this(week, sources, base, deliver, null, false);
    }

    /** The request a job instance was started for ({@code fresh} is not a parameter: a fresh run is a new attempt). */
    static RunRequest of(JobParameters p) {
        String base = p.getString("base", "");
        String replay = p.getString("replay", "");
        return new RunRequest(LocalDate.parse(p.getString("week")), Path.of(p.getString("sources")),
                base.isBlank() ? null : base, Boolean.parseBoolean(p.getString("deliver")),
                replay.isBlank() ? null : Path.of(replay), false);
    }

    /** The identifying job parameters of this request's {@code attempt}-th job instance. */
    JobParameters toJobParameters(long attempt) {
        return new JobParametersBuilder()
                .addString("week", week.toString())
                .addString("sources", sourcesParameter())
                .addString("base", baseParameter())
                .addString("deliver", String.valueOf(deliver))
                .addString("replay", replayParameter())
                .addLong("attempt", attempt)
                .toJobParameters();
    }

    /** Whether a job instance was started for this request (any attempt). */
    boolean startedAs(JobParameters p) {
        return week.toString().equals(p.getString("week"))
                && sourcesParameter().equals(p.getString("sources"))
                && baseParameter().equals(p.getString("base"))
                && String.valueOf(deliver).equals(p.getString("deliver"))
                && replayParameter().equals(p.getString("replay", ""))
                && p.getLong("attempt") != null;
    }

    private String sourcesParameter() {
        return sources.toAbsolutePath().normalize().toString();
    }

    private String baseParameter() {
        return base == null ? "" : base;
    }

    private String replayParameter() {
        return replay == null ? "" : replay.toAbsolutePath().normalize().toString();
    }
}
