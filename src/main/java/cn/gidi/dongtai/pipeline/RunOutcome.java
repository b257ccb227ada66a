package cn.gidi.dongtai.pipeline;

import cn.gidi.dongtai.crawl.CrawlReport;
import cn.gidi.dongtai.issue.IssueComposer;
import cn.gidi.dongtai.mail.SendReport;
import cn.gidi.dongtai.render.RenderedIssue;
import java.util.List;

/** What a finished run produced, for the command line to report; {@code draftChanges}: what the run changed in the draft. */
public record RunOutcome(String issueId, boolean restarted, CrawlReport crawl, int extracted,
                         List<String> extractionFailures, List<IssueComposer.Dropped> dropped,
                         List<String> draftChanges, RenderedIssue rendered, SendReport sent) {
}
