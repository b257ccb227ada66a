package cn.gidi.dongtai.schedule;

import cn.gidi.dongtai.mail.MailSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the editors ({@code dongtai.schedule.remind}) that the scheduled send found the issue not approved. A
 * plain note to the editors, not the issue: it goes straight through the mail sender, not through the delivery job.
 */
@Component
@Lazy
class EditorReminder {

    private static final Logger log = LoggerFactory.getLogger(EditorReminder.class);

    private final JavaMailSender sender;
    private final ScheduleProperties schedule;
    private final MailSettings mail;

    EditorReminder(JavaMailSender sender, ScheduleProperties schedule, MailSettings mail) {
        this.sender = sender;
        this.schedule = schedule;
        this.mail = mail;
    }

    void remind(String issueId, String why, Instant retry) {
        if (schedule.remind().isBlank()) {
            log.warn("scheduled send: no reminder mailed (dongtai.schedule.remind is not set)");
            return;
        }
        String when = retry == null ? "不再重试，请审定后手动发送（send --issue " + issueId + "）"
                : "将于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(retry.atZone(ZoneId.of(schedule.zone())))
                + "（" + schedule.zone() + "）再次尝试发送";
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(mail.from());
        m.setTo(schedule.remind().split("\\s*,\\s*"));
        m.setSubject("待审定：《大数据发展动态》" + issueId + " 未发送");
        m.setText("按计划应发送的 " + issueId + " 期尚未审定，本次未发送给任何订阅者。\n\n"
                + "原因：" + why + "\n\n" + when + "。\n\n"
                + "审定：在编辑台（preview）点击“审定本期”，或运行 approve --issue " + issueId + " --by 姓名。\n");
        try {
            sender.send(m);
        } catch (MailException e) {
            log.error("scheduled send: the reminder to {} could not be mailed: {}", schedule.remind(), e.getMessage());
        }
    }
}
