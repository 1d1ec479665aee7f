package org.mesta.wallet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches an issuer's hosted Open Badges 2.0 documents on a learner's behalf, and nothing else: a learner's link
 * must not make the server reach its own network (SSRF). Only http(s); the host is resolved once and every
 * address it has must be public ({@link PublicAddresses}); the connection goes to that checked address (a second
 * DNS answer cannot swap it: the IP is pinned, and TLS still checks the certificate against the host name); at
 * most three redirects, each checked the same way; five seconds in all; at most 1 MB, counted while reading; JSON
 * only. The JDK's HttpClient cannot connect to a chosen address under a host name, hence this small HTTP/1.1 GET.
 */
@Component
class HostedFetch {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final boolean allowLoopback;
    private final Duration budget;

    HostedFetch(
            @Value("${mesta.wallet.import.allow-loopback:false}") boolean allowLoopback,
            @Value("${mesta.wallet.import.fetch-budget:PT5S}") Duration budget) {
        this.allowLoopback = allowLoopback;
        this.budget = budget;
    }

    /** One document, after at most three checked redirects; refusals are {@link UserError}s the holder can read. */
    OpenBadgesService.Hosted get(String url) {
        long deadline = System.nanoTime() + budget.toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            InetAddress pinned = check(uri);
            Response r;
            try {
                r = request(uri, pinned, deadline);
            } catch (SocketTimeoutException e) {
                throw new UserError("wallet.import.error.fetch-slow");
            } catch (IOException e) {
                throw new UserError("wallet.import.error.fetch-failed");
            }
            if (r.status() >= 300 && r.status() < 400 && r.headers().containsKey("location")) {
                if (hop == MAX_REDIRECTS) throw new UserError("wallet.import.error.fetch-redirects");
                uri = parse(uri.resolve(r.headers().get("location").strip()).toString());
                continue;
            }
            if (r.status() != 200) return new OpenBadgesService.Hosted(r.status(), "");
            String type = r.headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            String mime = type.split(";", 2)[0].strip();
            if (!mime.equals("application/json") && !mime.equals("application/ld+json") && !mime.endsWith("+json")) {
                throw new UserError("wallet.import.error.fetch-type");
            }
            return new OpenBadgesService.Hosted(200, new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    /** http(s) with a host, no user name or password in it. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new UserError("wallet.import.error.fetch-scheme");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new UserError("wallet.import.error.fetch-scheme");
        }
        return uri;
    }

    /** The address to connect to: the host's first, if all of the host's addresses are public. */
    InetAddress check(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UserError("wallet.import.error.fetch-failed");
        }
        for (InetAddress a : all) {
            if (!PublicAddresses.allowed(a, allowLoopback)) throw new UserError("wallet.import.error.fetch-address");
        }
        return all[0];
    }

    private record Response(int status, Map<String, String> headers, byte[] body) {}

    private Response request(URI uri, InetAddress address, long deadline) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(address, port), remaining(deadline));
            Socket socket = raw;
            if (https) {
                SSLSocket ssl = (SSLSocket)
                        ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw, host, port, true);
                SSLParameters p = ssl.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
                    p.setServerNames(List.of(new SNIHostName(host)));
                }
                ssl.setSSLParameters(p);
                ssl.setSoTimeout(remaining(deadline));
                ssl.startHandshake();
                socket = ssl;
            }
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + host + (uri.getPort() == -1 ? "" : ":" + port) + "\r\n"
                    + "Accept: application/ld+json, application/json\r\n"
                    + "Accept-Encoding: identity\r\n"
                    + "User-Agent: Mesta-wallet-import\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(new Timed(socket, deadline));
        }
    }

    private static Response read(Timed in) throws IOException {
        String statusLine = in.line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not HTTP");
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not HTTP");
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = in.line(); !line.isEmpty(); line = in.line()) {
            int colon = line.indexOf(':');
            if (colon > 0)
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
        }
        if (status != 200) return new Response(status, headers, new byte[0]);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", "")
                .toLowerCase(Locale.ROOT)
                .contains("chunked")) {
            for (long size = chunkSize(in.line()); size > 0; size = chunkSize(in.line())) {
                in.copy(body, size);
                in.line();
            }
        } else if (headers.containsKey("content-length")) {
            long length;
            try {
                length = Long.parseLong(headers.get("content-length").strip());
            } catch (NumberFormatException e) {
                throw new IOException("bad length");
            }
            if (length > MAX_BYTES) throw new UserError("wallet.import.error.fetch-too-big");
            in.copy(body, length);
        } else {
            in.copy(body, MAX_BYTES + 1L);
        }
        if (body.size() > MAX_BYTES) throw new UserError("wallet.import.error.fetch-too-big");
        return new Response(status, headers, body.toByteArray());
    }

    private static long chunkSize(String line) throws IOException {
        try {
            long size = Long.parseLong(line.split(";", 2)[0].strip(), 16);
            if (size < 0 || size > MAX_BYTES) throw new UserError("wallet.import.error.fetch-too-big");
            return size;
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk");
        }
    }

    private static int remaining(long deadline) throws SocketTimeoutException {
        long ms = (deadline - System.nanoTime()) / 1_000_000;
        if (ms <= 0) throw new SocketTimeoutException("fetch budget spent");
        return (int) Math.min(ms, Integer.MAX_VALUE);
    }

    /** Reads from the socket with whatever is left of the time budget as each read's timeout. */
    private static final class Timed {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private final byte[] buffer = new byte[8192];
        private int pos;
        private int end;
        private long total;

        Timed(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        private boolean fill() throws IOException {
            if (pos < end) return true;
            socket.setSoTimeout(remaining(deadline));
            int n = in.read(buffer);
            if (n <= 0) return false;
            total += n;
            if (total > MAX_BYTES + MAX_HEADER_BYTES + 64L) throw new UserError("wallet.import.error.fetch-too-big");
            pos = 0;
            end = n;
            return true;
        }

        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (fill()) {
                byte b = buffer[pos++];
                if (b == '\n') break;
                if (b != '\r') line.write(b);
                if (line.size() > MAX_HEADER_BYTES) throw new IOException("header too long");
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** Copies up to {@code max} bytes (fewer at the end of the stream); a stream past the cap is refused. */
        void copy(ByteArrayOutputStream to, long max) throws IOException {
            long left = max;
            while (left > 0 && fill()) {
                int n = (int) Math.min(left, end - pos);
                to.write(buffer, pos, n);
                pos += n;
                left -= n;
                if (to.size() > MAX_BYTES) throw new UserError("wallet.import.error.fetch-too-big");
            }
        }
    }
}
