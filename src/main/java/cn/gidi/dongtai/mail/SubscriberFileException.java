package cn.gidi.dongtai.mail;

import java.util.List;

/** A subscriber file with rows that cannot be used; lists every bad row so all can be fixed at once. */
public class SubscriberFileException extends RuntimeException {

    private final List<String> problems;

    public SubscriberFileException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
