package cn.gidi.dongtai.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gidi.dongtai.config.DongtaiProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueNumberingTest {

    private final IssueNumbering numbering = new IssueNumbering(
            new DongtaiProperties.Numbering(LocalDate.of(2024, 5, 27), 19, 182));

    @Test
    void continuesFromTheLastPublishedIssue() {
        assertThat(numbering.numbersFor(LocalDate.of(2024, 6, 3), List.of()))
                .isEqualTo(new IssueNumbering.Numbers("2024-20", 20, 183));
    }

    @Test
    void continuesFromTheLatestStoredIssueAndRestartsTheYearlyNumberInJanuary() {
        List<Issue> existing = List.of(issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183),
                issue("2024-48", LocalDate.of(2024, 12, 30), 48, 211));
        assertThat(numbering.numbersFor(LocalDate.of(2024, 6, 10), existing.subList(0, 1)).id()).isEqualTo("2024-21");
        assertThat(numbering.numbersFor(LocalDate.of(2025, 1, 6), existing))
                .isEqualTo(new IssueNumbering.Numbers("2025-01", 1, 212));
    }

    @Test
    void theSameDateKeepsItsNumbers() {
        List<Issue> existing = List.of(issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183));
        assertThat(numbering.numbersFor(LocalDate.of(2024, 6, 3), existing))
                .isEqualTo(new IssueNumbering.Numbers("2024-20", 20, 183));
    }

    @Test
    void refusesDatesThatWouldReuseAnIdOrPrecedeTheLastPublishedIssue() {
        List<Issue> existing = List.of(issue("2024-20", LocalDate.of(2024, 6, 3), 20, 183),
                issue("2024-21", LocalDate.of(2024, 6, 10), 21, 184));
        assertThatThrownBy(() -> numbering.numbersFor(LocalDate.of(2024, 6, 5), existing))
                .hasMessageContaining("2024-21").hasMessageContaining("date order");
        assertThatThrownBy(() -> numbering.numbersFor(LocalDate.of(2024, 5, 1), List.of()))
                .hasMessageContaining("before the last published issue");
        // a mistyped year must not hand out 总第 numbers twice
        List<Issue> afterTypo = List.of(issue("2025-01", LocalDate.of(2025, 1, 6), 1, 185));
        assertThatThrownBy(() -> numbering.numbersFor(LocalDate.of(2024, 6, 17), afterTypo))
                .hasMessageContaining("2025-01").hasMessageContaining("date order");
    }

    private static Issue issue(String id, LocalDate date, int number, int total) {
        return new Issue(id, date, number, total, date.minusDays(6), date, IssueStatus.DRAFT, Instant.now(), List.of());
    }
}
