package cn.gidi.dongtai.issue;

import cn.gidi.dongtai.config.DongtaiProperties;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gives an issue dated {@code date} its numbers. The same date always gets the same numbers; a new date
 * continues from the latest earlier issue (stored, or the configured last published one): 第N期 + 1
 * within a year, 第1期 in a new year, 总第M期 + 1 always.
 */
public final class IssueNumbering {

    public record Numbers(String id, int number, int total) {
    }

    private record Known(LocalDate date, int number, int total) {
    }

    private final DongtaiProperties.Numbering start;

    public IssueNumbering(DongtaiProperties.Numbering start) {
        this.start = start;
    }

    public Numbers numbersFor(LocalDate date, List<Issue> existing) {
        Optional<Issue> same = existing.stream().filter(i -> i.date().equals(date)).findFirst();
        if (same.isPresent()) {
            Issue i = same.get();
            return new Numbers(i.id(), i.number(), i.total());
        }
        existing.stream().filter(i -> i.date().isAfter(date)).min(Comparator.comparing(Issue::date)).ifPresent(later -> {
            throw new IllegalStateException("an issue dated " + date + " would come before issue " + later.id() + " ("
                    + later.date() + ", 总第" + later.total() + "期): issues are numbered in date order");
        });
        Known previous = existing.stream()
                .filter(i -> i.date().isBefore(date))
                .map(i -> new Known(i.date(), i.number(), i.total()))
                .max(Comparator.comparing(Known::date))
                .filter(k -> k.date().isAfter(start.lastPublishedDate()))
                .orElse(new Known(start.lastPublishedDate(), start.lastNumber(), start.lastTotal()));
        if (!date.isAfter(previous.date())) {
            throw new IllegalArgumentException("an issue dated " + date + " would come before the last published issue ("
                    + previous.date() + ", 总第" + previous.total() + "期); set dongtai.numbering to an earlier issue");
        }
        int number = previous.date().getYear() == date.getYear() ? previous.number() + 1 : 1;
        Numbers numbers = new Numbers(String.format("%d-%02d", date.getYear(), number), number, previous.total() + 1);
        existing.stream().filter(i -> i.id().equals(numbers.id())).findFirst().ifPresent(clash -> {
            throw new IllegalStateException("issue id " + numbers.id() + " is already used by the issue dated "
                    + clash.date() + "; issues must be generated in date order");
        });
        return numbers;
    }
}
