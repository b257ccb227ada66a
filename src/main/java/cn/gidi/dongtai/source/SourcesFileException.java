package cn.gidi.dongtai.source;

/** A sources file that cannot be used; the message names the file and the entry. */
public class SourcesFileException extends RuntimeException {

    public SourcesFileException(String message) {
        super(message);
    }
}
