package org.mesta.base.ui;

import java.io.InputStream;

/** Serves {@code size} zero bytes and counts how many were taken: proves an upload was cut off, not read whole. */
public final class ZeroStream extends InputStream {

    private final long size;
    private long served;

    public ZeroStream(long size) {
        this.size = size;
    }

    public long served() {
        return served;
    }

    @Override
    public int read() {
        if (served >= size) return -1;
        served++;
        return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (served >= size) return -1;
        int n = (int) Math.min(len, size - served);
        served += n;
        return n;
    }
}
