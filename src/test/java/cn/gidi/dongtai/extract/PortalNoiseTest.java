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

    /**
     * A portal appends a recommended story, whole, below the one asked for, in a block whose name also says
     * content (360kuai, after magic-html's benchmark page cc1897…, Apache-2.0): the longer story must not win.
     */
    @Test
    void aRecommendedStoryBelowTheArticleIsNotTheBody() {
        StringBuilder other = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            other.append("<p>第").append(i).append("段：如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，")
                    .append("这首歌有很多明星都翻唱过，但这首歌其实原唱是潘安邦。</p>");
        }
        Article a = Pages.extract("<html><head><title>美官员否认伊朗直升机事故存在谋杀行为_【快资讯】</title>"
                + "<meta property=\"og:title\" content=\"美官员否认伊朗直升机事故存在谋杀行为\"></head><body>"
                + "<div class=\"detail-content\"><div class=\"detail-content__content\">"
                + "<h1 class=\"article__title\">美官员否认伊朗直升机事故存在谋杀行为</h1>"
                + "<div id=\"article__content\"><p>据美国全国广播公司报道，载有伊朗总统的直升机发生“硬着陆”事故后，"
                + "美参议院多数党领袖舒默表示，“没有证据表明该事件中存在谋杀行为”。</p></div></div>"
                + "<div class=\"detail-content__recommend--wrapper\"><div class=\"detail-content__content--recommend\">"
                + "<h1 class=\"article__title\">31岁在春晚一炮而红，其实已经去世10年了</h1>" + other
                + "</div></div></div></body></html>");
        assertThat(a.bodyText()).contains("没有证据表明该事件中存在谋杀行为").doesNotContain("潘安邦", "春晚");
    }

    /**
     * A post of two lines without a sentence mark is still the page's article; a copyright notice and a
     * payment dialog's help text, which read as sentences, are not (CSDN, after magic-html's page 71bfee…,
     * which dongtai lost: its body cleaned to nothing).
     */
    @Test
    void aShortPostWithoutSentenceMarksIsKeptAndNoticesAreNotTheBody() {
        Article a = Pages.extract("<html><head><title>SolVES模型的生态系统社会价值评估代做_某鹅的博客</title></head><body>"
                + "<h1 class=\"title-article\">SolVES模型的生态系统社会价值评估代做</h1>"
                + "<div class=\"article-copyright\"><div class=\"creativecommons\">版权声明：本文为博主原创文章，"
                + "遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div>"
                + "<div class=\"column-group\"><span>arcgis 专栏收录该内容</span><span>7 篇文章</span><span>4 订阅</span>"
                + "<a class=\"bt\">订阅专栏</a></div>"
                + "<article class=\"baidu_pl\"><div id=\"article_content\"><div id=\"content_views\">"
                + "<p><img src=\"/a.png\"><br> SolVES模型的生态系统社会价值评估代做<br> 1107436458 某鹅 说明来处</p>"
                + "</div></div></article>"
                + "<div class=\"toolbox-list\"><span>点赞</span><span>觉得还不错? 一键收藏</span><span>专栏目录</span></div>"
                + "<div class=\"pay-code\"><div class=\"pay-code-content\"><p>抵扣说明：</p>"
                + "<p>1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。<br>2.余额无法直接购买下载，"
                + "可以购买VIP、付费专栏及课程。</p></div></div></body></html>");
        assertThat(a.bodyText()).isEqualTo("SolVES模型的生态系统社会价值评估代做\n1107436458 某鹅 说明来处");
    }

    /**
     * A feed platform's article: the heading carries a read-aloud button, ads labelled 广告 sit between the
     * lines, and a platform notice and 不喜欢/举报 buttons follow (360kuai, after magic-html's page 0eebc3…).
     */
    @Test
    void readAloudButtonsInlineAdsAndFeedButtonsStayOut() {
        String ad = "<a class=\"article__content__textgg\" href=\"https://ad.example.com/c?x=1\"><i>广告</i>"
                + "<span>通知：英国留学生注意了，这些问题如果没准备好，先别留学！</span><div>×</div></a>";
        Article a = Pages.extract("<html><head><title>37岁丁俊晖身价过亿，住英国富人区_【快资讯】</title></head><body>"
                + "<div class=\"detail-content__content--normal\"><h1 class=\"article__title\">"
                + "<span>37岁丁俊晖身价过亿，住英国富人区</span><div class=\"article-audio\"><div>播报文章</div>"
                + "<div>语音播报文章，释放双眼</div></div></h1><div class=\"author-info\"><a href=\"/u/1\">管不饿</a>"
                + "<span>关注</span><time>2024-05-08 23:23</time><span>来自甘肃</span></div>"
                + "<div id=\"article__content\"><p>斯诺克球王丁俊晖的人生故事何其精彩绝伦!<br>"
                + "他凭借着过人的毅力与天赋，在年仅37岁便已身价过亿，成就非凡。<br>" + ad + "<br>"
                + "然而，即便屡屡吞下苦果，丁俊晖依旧咬牙坚持，充满勇气。<br>"
                + "如今他不仅在英国拥有价值几百万英镑的豪宅，就连住所都选在谢菲尔德市的富人区。</p></div>"
                + "<div class=\"kch-tip\">以上内容（包括图片及视频）为创作者平台\"快传号\"用户上传并发布，本平台仅提供信息存储服务</div>"
                + "<div class=\"article__lose--interest\"><div>不喜欢</div><div>减少或屏蔽此类内容推荐</div>"
                + "<div>已标记为不喜欢内容，系统将减少此类推荐</div></div><span>举报</span></div></body></html>");
        assertThat(a.bodyText()).startsWith("斯诺克球王丁俊晖").contains("就连住所都选在谢菲尔德市的富人区")
                .doesNotContain("播报", "广告", "留学", "以上内容", "不喜欢", "屏蔽", "举报", "关注", "甘肃");
    }

    /**
     * A video player above the text brings its menus, speeds, qualities and error message (1905.com, after
     * magic-html's page 3e863f…: F1 0.519); a keywords line, a 39健康网-style reprint notice, 播报 and 更多
     * buttons and a 猜你喜欢 list are not the article either.
     */
    @Test
    void aVideoPlayersControlsAndReprintNoticesStayOut() {
        Article a = Pages.extract("<html><head><title>《蓝羽会客厅》之《北京影人》5月20日起播出_电影网</title></head><body>"
                + "<div id=\"contentNews\" class=\"mod-content\"><div class=\"pic-video clear unfold\">"
                + "<div class=\"video-player\"><div class=\"mplayer\"><video class=\"currentVideo\"></video>"
                + "<div class=\"playerControl\"><ul><li>2.0X</li><li>1.5X</li></ul><span>高清</span><span>超清</span>"
                + "<span>循环播放</span><span>跳过片头</span></div><div class=\"errorInfoMsg\">很抱歉，当前视频播放失败</div>"
                + "<div class=\"titleInfo\">《蓝羽会客厅》之《北京影人》5月20日起电影频道22:00播出</div></div></div>"
                + "<div class=\"reminder\"><span>时长：01:45</span><span>建议WIFI下打开</span></div></div>"
                + "<p><strong>1905电影网讯 </strong>以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出"
                + "系列访谈节目《蓝羽会客厅》之《北京影人》，于冬、郝戎、尹鸿将讲述他们的成长故事和艺术生涯。</p>"
                + "<p>用电影人的艺术探索构建起中国电影和首都北京的发展之路。一起期待吧！</p><p>播报</p><p>更多</p>"
                + "<p>关键字： 北京影人</p><p>1905电影网(www.1905.com)专稿，未经书面授权请勿转载。</p>"
                + "<div class=\"suggest\"><div>猜你喜欢:</div><p>白居易（772～846），字乐天，晚年又号称香山居士，"
                + "是我国唐代伟大的现实主义诗人。</p></div></div></body></html>");
        assertThat(a.bodyText()).startsWith("1905电影网讯").endsWith("一起期待吧！");
    }
}
