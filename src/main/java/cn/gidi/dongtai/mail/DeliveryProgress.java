package cn.gidi.dongtai.mail;

/** Told about a delivery as it runs (the CLI's progress bar). Called from sender threads. */
public interface DeliveryProgress {

    /** The run starts: {@code due} messages are to be tried now, {@code done} of {@code total} are settled. */
    void started(String issueId, int total, int done);

    /** One message was settled (sent or failed for good) or put off (deferred). */
    void settled(String email, String outcome, boolean done);
}
