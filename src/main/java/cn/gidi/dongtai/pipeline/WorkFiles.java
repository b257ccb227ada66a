package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.files.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Where the steps of one job instance leave their results for the next step: a folder of the instance's own,
 * {@code output/.work/<job>-<instance id>-<job key>/}, whose files are named in the job's execution context
 * (key → path). Two runs for one week with different parameters are different instances, so they never read
 * each other's results; a restart of a failed instance gets its execution context back, and with it the
 * results of the steps before the failed one. The job key (a digest of the parameters) is in the name so
 * that two databases (the demo's in-memory one and {@code data/db}) whose instance ids coincide still write
 * to different folders of the same {@code output/}.
 */
final class WorkFiles {

    static final String FOLDER = "work.folder";
    static final String SOURCES = "crawl.sources";
    static final String CRAWL = "crawl.result";
    static final String CAPTURE = "crawl.capture";
    static final String ARTICLES = "extract.articles";
    static final String UNREADABLE = "extract.unreadable";
    static final String COMPOSITION = "compose.result";

    private static final ObjectMapper JSON = AtomicFiles.JSON;

    private final Path dir;
    private final ExecutionContext job;

    private WorkFiles(Path dir, ExecutionContext job) {
        this.dir = dir;
        this.job = job;
    }

    /** The instance's folder, chosen (and recorded in the job's context) by the first step that asks. */
    static WorkFiles of(JobExecution execution, Path outputRoot) {
        ExecutionContext job = execution.getExecutionContext();
        if (!job.containsKey(FOLDER)) {
            JobInstance instance = execution.getJobInstance();
            String key = new DefaultJobKeyGenerator().generateKey(execution.getJobParameters()).substring(0, 8);
            Path dir = outputRoot.resolve(".work").resolve(instance.getJobName() + "-" + instance.getInstanceId() + "-" + key);
            job.putString(FOLDER, dir.toAbsolutePath().normalize().toString());
        }
        return new WorkFiles(Path.of(job.getString(FOLDER)), job);
    }

    /** After a run: the files its steps recorded. */
    static WorkFiles recordedIn(JobExecution execution) {
        ExecutionContext job = execution.getExecutionContext();
        if (!job.containsKey(FOLDER)) {
            throw new IllegalStateException("job execution " + execution.getId() + " has no work folder: no step of it ran");
        }
        return new WorkFiles(Path.of(job.getString(FOLDER)), job);
    }

    /** Records {@code file} (in the instance's folder) as the result named {@code key}, and returns its path. */
    Path record(String key, String file) {
        Path path = dir.resolve(file);
        job.putString(key, path.toString());
        return path;
    }

    void write(String key, String file, Object value) {
        AtomicFiles.writeJson(record(key, file), value);
    }

    Path path(String key) {
        if (!job.containsKey(key)) {
            throw new IllegalStateException("no '" + key + "' in the work of " + dir + ": the step that writes it has not run");
        }
        return Path.of(job.getString(key));
    }

    <T> T read(String key, Class<T> type) {
        Path file = path(key);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: it was deleted after the step that wrote it ran;"
                    + " run generate again with --fresh");
        }
        return JSON.readValue(file.toFile(), type);
    }
}
