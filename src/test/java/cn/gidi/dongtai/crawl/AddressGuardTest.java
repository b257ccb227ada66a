package cn.gidi.dongtai.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses are judged after resolution; nothing here sends a packet. */
class AddressGuardTest {

    @Test
    void nonPublicAddressesAreRefusedByDefault() {
        AddressGuard guard = new AddressGuard(List.of());
        for (String url : List.of("http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://10.1.2.3/",
                "http://172.16.0.9/", "http://192.168.1.1/", "http://169.254.169.254/latest", "http://224.0.0.1/",
                "http://0.0.0.0/", "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/")) {
            assertThat(guard.refusal(URI.create(url))).as(url).startsWith("refused:");
        }
        assertThat(guard.refusal(URI.create("http://203.0.113.7/"))).isNull();
        assertThat(guard.refusal(URI.create("http://[2001:db8::1]/"))).isNull();
    }

    @Test
    void aSettingAllowsAKindOrABlock() {
        AddressGuard loopback = new AddressGuard(List.of("loopback"));
        assertThat(loopback.refusal(URI.create("http://127.0.0.1:9/"))).isNull();
        assertThat(loopback.refusal(URI.create("http://localhost/"))).isNull();
        assertThat(loopback.refusal(URI.create("http://10.0.0.1/"))).contains("private address");
        AddressGuard block = new AddressGuard(List.of("10.1.0.0/16"));
        assertThat(block.refusal(URI.create("http://10.1.200.3/"))).isNull();
        assertThat(block.refusal(URI.create("http://10.2.0.3/"))).contains("private");
        assertThatThrownBy(() -> new AddressGuard(List.of("intranet"))).hasMessageContaining("allowed-networks");
    }
}
