package cn.gidi.dongtai.extract;

/** A page from which no article could be lifted; the message names the URL and what was missing. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
