package cn.gidi.dongtai.issue;

import java.nio.file.Path;

/** A draft file an editor wrote that cannot be read; names the file and the line. */
public final class DraftException extends RuntimeException {

    private final transient Path file;
    private final int line;

    DraftException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    DraftException(Path file, int line, String problem, Throwable cause) {
        super(file + " line " + line + ": " + problem + " (fix the file and run the command again)", cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
