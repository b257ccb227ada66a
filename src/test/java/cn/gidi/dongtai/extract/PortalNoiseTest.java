package cn.gidi.dongtai.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What portals and encyclopedias put in or around a body that is not the article. */
class PortalNoiseTest {

    @Test
    void titleAndTimeLinesPlatformDisclaimersAndReferenceListsStayOut() {
        String prose = "<p>北京时间5月20日，今天NBA季后赛步行者130-109战胜尼克斯，大比分4-3晋级东部决赛。</p>"
                + "<p>尼克斯官方宣布，布伦森第三节遭遇左手骨折，本场比赛不会回归。</p>"
                + "<p>布伦森全场出战29分钟，17中6得到17分9助攻，此前他在系列赛中场均贡献超过30分。</p>";
        Article a = Pages.extract("<html><head><title>布伦森遭遇左手骨折_体育</title></head><body>"
                + "<h1>布伦森遭遇左手骨折</h1><div class=\"article\"><p>布伦森遭遇左手骨折 2024-05-20 06:48</p>"
                + "<p>发布于：北京市</p>" + prose
                + "<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务，"
                + "不代表本平台观点，如有侵权请联系删除，平台将在核实后及时处理相关内容。</p>"
                + "<p>Notice: The content above is uploaded and posted by a user, which only provides information storage.</p>"
                + "<div class=\"mw-references-wrap\"><ol class=\"references\"><li><a href=\"/r1\">参考资料一</a>，2020年。</li>"
                + "<li><a href=\"/r2\">参考资料二</a>，2021年。</li></ol></div></div></body></html>");
        String body = a.bodyText();
        assertThat(body).contains("北京时间5月20日", "此前他在系列赛中场均贡献超过30分");
        assertThat(body).doesNotContain("06:48", "发布于", "特别声明", "Notice", "参考资料");
    }
}
