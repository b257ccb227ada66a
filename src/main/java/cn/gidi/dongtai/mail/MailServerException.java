package cn.gidi.dongtai.mail;

/** The SMTP server could not be reached or refused us as a whole; sending stopped. */
public class MailServerException extends RuntimeException {

    public MailServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
