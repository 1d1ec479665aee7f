package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The import fetches only from the public internet: every private, local and special range is refused. */
class PublicAddressesTest {

    static boolean allowed(String ip, boolean loopback) throws Exception {
        return PublicAddresses.allowed(InetAddress.getByName(ip), loopback);
    }

    @Test
    void private_local_and_special_addresses_are_refused() throws Exception {
        for (String ip : new String[] {
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.0.10",
            "127.0.0.1",
            "127.8.8.8",
            "0.0.0.0",
            "169.254.169.254",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
            "192.0.0.8",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "fec0::1",
            "ff02::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:c0a8:0101::1"
        }) {
            assertThat(allowed(ip, false)).as(ip).isFalse();
        }
    }

    @Test
    void public_addresses_are_allowed_and_loopback_only_with_the_test_allowance() throws Exception {
        assertThat(allowed("93.184.215.14", false)).isTrue();
        assertThat(allowed("2606:4700:4700::1111", false)).isTrue();
        assertThat(allowed("172.32.0.1", false)).isTrue();
        assertThat(allowed("127.0.0.1", true)).isTrue();
        assertThat(allowed("::1", true)).isTrue();
        // the allowance is for loopback only, never for private networks
        assertThat(allowed("10.0.0.1", true)).isFalse();
        assertThat(allowed("192.168.1.1", true)).isFalse();
    }
}
