package cn.gidi.dongtai.pipeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Recent runs of the weekly job, read from the Spring Batch job repository (the {@code status} command). */
@Service
@Lazy
public class RunHistory {

    /** One run (a job execution): what it was for, how it ended, and each step's counts. */
    public record Run(long id, String job, String week, String issueId, String status, LocalDateTime started,
                      Duration duration, List<StepRun> steps, List<String> failures) {

        public boolean finished() {
            return !status.equals("STARTED") && !status.equals("STARTING") && !status.equals("STOPPING");
        }
    }

    /** A step: read, written, skipped and filtered as the step counted them (see the stages). */
    public record StepRun(String name, String status, long read, long written, long skipped, long filtered) {
    }

    private final JobRepository repository;

    RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    /** The last {@code count} runs, newest first. */
    public List<Run> recent(int count) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(WeeklyIssueJobConfig.JOB_NAME, 0, count)) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        return executions.stream().sorted(Comparator.comparingLong(JobExecution::getId).reversed()).limit(count)
                .map(RunHistory::run).toList();
    }

    /** The newest run, if any (for health). */
    public java.util.Optional<Run> last() {
        return recent(1).stream().findFirst();
    }

    private static Run run(JobExecution e) {
        List<StepRun> steps = e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new StepRun(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getSkipCount(), s.getFilterCount()))
                .toList();
        List<String> failures = new ArrayList<>();
        for (StepExecution s : e.getStepExecutions()) {
            String d = s.getExitStatus().getExitDescription();
            if (s.getStatus().isUnsuccessful() && d != null && !d.isBlank()) {
                failures.add(s.getStepName() + ": " + firstLine(d));
            }
        }
        if (failures.isEmpty() && e.getStatus().isUnsuccessful()) {
            String d = e.getExitStatus().getExitDescription();
            failures.add(d == null || d.isBlank() ? e.getExitStatus().getExitCode() : firstLine(d));
        }
        LocalDateTime start = e.getStartTime() != null ? e.getStartTime() : e.getCreateTime();
        LocalDateTime end = e.getEndTime() != null ? e.getEndTime() : LocalDateTime.now();
        String issue = e.getExecutionContext().containsKey(WeeklyIssueJobConfig.ISSUE_ID)
                ? e.getExecutionContext().getString(WeeklyIssueJobConfig.ISSUE_ID) : "-";
        return new Run(e.getId(), e.getJobInstance().getJobName(), e.getJobParameters().getString("week"), issue,
                e.getStatus().name(), start, start == null ? Duration.ZERO : Duration.between(start, end), steps, failures);
    }

    /** The exception's own message: the first line of a stored stack trace, without the exception's class. */
    private static String firstLine(String description) {
        String line = description.lines().findFirst().orElse("").strip();
        int colon = line.indexOf(": ");
        if (colon > 0 && line.substring(0, colon).matches("[\\w.$]+(Exception|Error)")) {
            line = line.substring(colon + 2);
        }
        return line;
    }
}
