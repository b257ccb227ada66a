package cn.gidi.dongtai.pipeline;

/** The weekly job could not start or did not finish; the message says which step and why. */
public class PipelineException extends RuntimeException {

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
