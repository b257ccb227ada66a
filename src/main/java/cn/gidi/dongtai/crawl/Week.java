package cn.gidi.dongtai.crawl;

import java.time.LocalDate;

/** The seven days ending on {@code end}, both ends included: the window an issue covers. */
public record Week(LocalDate start, LocalDate end) {

    public static Week endingOn(LocalDate end) {
        return new Week(end.minusDays(6), end);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
