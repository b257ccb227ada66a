package cn.gidi.dongtai.mail;

/** A subscriber file that cannot be read at all (missing, not CSV/XLSX, no email column): nothing was changed. */
public class SubscriberFileException extends RuntimeException {

    public SubscriberFileException(String message) {
        super(message);
    }
}
