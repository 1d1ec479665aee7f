package org.mesta.wallet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch on a learner's behalf may reach: only the public internet. Refused: the wildcard,
 * loopback (unless a test allows it), link-local, private (site-local, unique-local IPv6), shared (carrier NAT),
 * multicast, broadcast and reserved ranges, and IPv6 forms that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4), which are judged by the address they carry.
 */
final class PublicAddresses {

    private PublicAddresses() {}

    static boolean allowed(InetAddress address, boolean allowLoopback) {
        if (address.isLoopbackAddress()) return allowLoopback;
        if (address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) return publicIpv4(b);
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return false; // fc00::/7 unique local
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) return false; // fec0::/10 old site-local
            if (first == 0x20 && b[1] == 0x02) return publicIpv4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
            if (first == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) { // 64:ff9b::/96
                return publicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            boolean zeros = true;
            for (int i = 0; i < 10; i++) zeros &= b[i] == 0;
            if (zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
                return publicIpv4(new byte[] {b[12], b[13], b[14], b[15]}); // ::a.b.c.d and ::ffff:a.b.c.d
            }
            return first != 0; // the rest of ::/8 is reserved
        }
        return false;
    }

    private static boolean publicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return !(a0 == 0 // this network
                || a0 == 10 // private
                || a0 == 127 // loopback (also when carried inside IPv6)
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // shared address space (carrier NAT)
                || (a0 == 169 && a1 == 254) // link-local
                || (a0 == 172 && a1 >= 16 && a1 <= 31) // private
                || (a0 == 192 && a1 == 168) // private
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || a0 >= 224); // multicast, reserved, broadcast
    }
}
