package cn.gidi.dongtai.mail;

/** A recipient of the brief. {@code email} is stored lower-case and is the key. */
public record Subscriber(String email, String name, String organization) {
}
