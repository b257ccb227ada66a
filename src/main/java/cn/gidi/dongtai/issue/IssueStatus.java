package cn.gidi.dongtai.issue;

/** DRAFT: composed by dongtai, may be re-composed. APPROVED: an editor signed it off; a re-crawl keeps it. */
public enum IssueStatus {
    DRAFT, APPROVED
}
