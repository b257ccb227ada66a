package cn.gidi.dongtai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    private static final String POLICY = "为深入落实《“十四五”国家信息化规划》《国家标准化发展纲要》任务部署，近日，中央网信办、市场监管总局、"
            + "工业和信息化部联合印发《信息化标准建设行动计划（2024—2027年）》，要求加强统筹协调和系统推进，健全国家信息化标准体系，"
            + "提升信息化发展综合能力，有力推动网络强国建设。到2027年，信息化标准工作机制更加健全。";

    @Test
    void aRepostWithAFewChangedWordsIsTheSameStoryAndTheIssuersOwnPageIsKept() {
        String repost = "（转载）" + POLICY.replace("近日", "日前").replace("有力推动", "推动") + "（来源：中国网信网）";
        List<Duplicates.Group> groups = Duplicates.groups(List.of(
                new Duplicates.Doc("repost", "三部门印发信息化标准建设行动计划", "中央网信办", "某市政府网", repost),
                new Duplicates.Doc("own", "中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》", "中央网信办",
                        "中央网信办", POLICY),
                new Duplicates.Doc("other", "浙江省数据局印发《公共数据授权运营实施方案》", "浙江省数据局", "浙江省数据局",
                        "为规范公共数据授权运营，促进公共数据合规高效流通使用，浙江省数据局制定了实施方案，明确授权主体、运营单位和收益分配。")));
        assertThat(groups).hasSize(2);
        Duplicates.Group story = groups.stream().filter(g -> !g.others().isEmpty()).findFirst().orElseThrow();
        assertThat(story.kept()).isEqualTo("own");
        assertThat(story.others()).containsOnlyKeys("repost");
        assertThat(story.others().get("repost")).startsWith("正文相似度");
    }

    @Test
    void aPolicyAndItsOfficialReadingAreOneItem() {
        List<Duplicates.Group> groups = Duplicates.groups(List.of(
                new Duplicates.Doc("reading", "一图读懂《信息化标准建设行动计划（2024—2027年）》", "中央网信办", "中国网信网",
                        "图解：行动计划提出到2027年信息化标准体系布局更加完善，发布一批高质量的信息化标准。"),
                new Duplicates.Doc("policy", "中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》", "中央网信办",
                        "中国网信网", POLICY)));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.kept()).isEqualTo("policy");
            assertThat(g.others()).containsEntry("reading", "同一文件的解读");
        });
    }
}
