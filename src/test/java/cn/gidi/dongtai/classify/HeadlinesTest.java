package cn.gidi.dongtai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void rawTitlesBecomeTheBriefsHeadlines() {
        assertThat(Headlines.headline("工业和信息化部办公厅关于印发《工业互联网专项工作组2024年工作计划》的通知", "工业和信息化部"))
                .isEqualTo("工信部印发《工业互联网专项工作组2024年工作计划》");
        assertThat(Headlines.headline("国家发展和改革委员会关于印发《数字经济促进方案》的通知", null))
                .isEqualTo("国家发展改革委印发《数字经济促进方案》");
        assertThat(Headlines.headline("关于印发《数据要素行动计划》的通知", "国家数据局"))
                .isEqualTo("国家数据局印发《数据要素行动计划》");
        assertThat(Headlines.headline("赛博研究院｜美国国土安全部发布战略计划聚焦数字前沿科技", "赛博研究院"))
                .isEqualTo("美国国土安全部发布战略计划聚焦数字前沿科技");
        assertThat(Headlines.headline("上海市推进算力资源统一调度指导意见_上海市经济和信息化委员会", null))
                .isEqualTo("上海市推进算力资源统一调度指导意见");
        assertThat(Headlines.headline("关于公开征求《安徽省人形机器人产业发展行动计划（2024—2027年）》（征求意见稿）意见的公告", null))
                .isEqualTo("《安徽省人形机器人产业发展行动计划（2024—2027年）》公开征求意见");
        assertThat(Headlines.headline("中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》", "中国网信网"))
                .isEqualTo("中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》");
        assertThat(Headlines.shortName("工业和信息化部办公厅")).isEqualTo("工信部");
    }

    @Test
    void theStateCouncilsPlanOutranksAMinistrysNoticeAndADraft() {
        int stateCouncil = Headlines.importance("国务院关于印发《“十四五”数字经济发展规划》的通知", "国务院");
        int ministries = Headlines.importance("中央网信办等三部门印发《信息化标准建设行动计划（2024—2027年）》", "中国网信网");
        int notice = Headlines.importance("工业和信息化部关于调整有关事项的公告", "工业和信息化部");
        int draft = Headlines.importance("《人工智能生成合成内容标识办法（征求意见稿）》公开征求意见", "国家互联网信息办公室");
        int reading = Headlines.importance("一图读懂《信息化标准建设行动计划》政策解读", "中国网信网");
        assertThat(stateCouncil).isGreaterThan(ministries);
        assertThat(ministries).isGreaterThan(notice);
        assertThat(notice).isGreaterThan(reading);
        assertThat(ministries).isGreaterThan(draft);
    }
}
