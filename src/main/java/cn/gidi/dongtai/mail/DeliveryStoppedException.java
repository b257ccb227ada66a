package cn.gidi.dongtai.mail;

/** A run of the delivery job stopped before every due subscriber was tried; the ledger says where. */
public class DeliveryStoppedException extends RuntimeException {

    public DeliveryStoppedException(String message) {
        super(message);
    }
}
