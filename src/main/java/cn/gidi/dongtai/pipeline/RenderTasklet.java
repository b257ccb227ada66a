package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.issue.IssueStore;
import cn.gidi.dongtai.render.IssueRenderer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Step {@code render}: the issue the compose step put in the job's context, rendered from its draft. */
@Component
@Lazy
class RenderTasklet implements Tasklet {

    private final IssueStore drafts;
    private final IssueRenderer renderer;

    RenderTasklet(IssueStore drafts, IssueRenderer renderer) {
        this.drafts = drafts;
        this.renderer = renderer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        String issueId = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getString(WeeklyIssueJobConfig.ISSUE_ID);
        renderer.render(drafts.get(issueId));
        return RepeatStatus.FINISHED;
    }
}
