package uk.earlyhelp.deploy.local;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a tar archive from a stream, entry by entry, with nothing but the JDK: enough of the ustar, GNU (long names)
 * and pax (long names, sizes) formats for container images, whose layers tar and Jib write in all three.
 */
final class Tarball {

    private static final int BLOCK = 512;

    /** One entry: its name without a leading "./" or "/" (nor a directory's trailing "/"), as a layer names it. */
    record Entry(String name, char type, long size, int mode, long uid, String link, long offset) {

        boolean isFile() {
            return type == '0' || type == '\0' || type == '7';
        }

        boolean isSymbolicLink() {
            return type == '2';
        }
    }

    /** What is done with each entry; it may read the entry's content from {@code content}, and need not finish. */
    @FunctionalInterface
    interface Visitor {
        void visit(Entry entry, InputStream content) throws IOException;
    }

    private Tarball() {}

    /** Visits every entry of the archive {@code in} holds, in order. Does not close {@code in}. */
    static void read(InputStream in, Visitor visitor) throws IOException {
        InputStream source = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        long position = 0;
        Map<String, String> pax = new HashMap<>();
        String longName = null;
        String longLink = null;
        while (true) {
            byte[] header = source.readNBytes(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                return;
            }
            position += BLOCK;
            char type = (char) header[156];
            long size = number(header, 124, 12);
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            switch (type) {
                case 'x' -> {
                    pax = paxRecords(source.readNBytes((int) size));
                    source.skipNBytes(padded - size);
                }
                case 'g' -> source.skipNBytes(padded);
                case 'L' -> {
                    longName = text(source.readNBytes((int) size), 0, (int) size);
                    source.skipNBytes(padded - size);
                }
                case 'K' -> {
                    longLink = text(source.readNBytes((int) size), 0, (int) size);
                    source.skipNBytes(padded - size);
                }
                default -> {
                    String name = text(header, 0, 100);
                    if (text(header, 257, 6).equals("ustar") && header[262] == 0 && header[345] != 0) {
                        name = text(header, 345, 155) + "/" + name; // POSIX ustar: the name's prefix
                    }
                    name = pax.getOrDefault("path", longName != null ? longName : name);
                    String link = pax.getOrDefault("linkpath", longLink != null ? longLink : text(header, 157, 100));
                    if (pax.containsKey("size")) {
                        size = Long.parseLong(pax.get("size"));
                        padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                    }
                    Entry entry = new Entry(
                            normalise(name),
                            type,
                            size,
                            (int) number(header, 100, 8),
                            pax.containsKey("uid") ? Long.parseLong(pax.get("uid")) : number(header, 108, 8),
                            link,
                            position);
                    Bounded content = new Bounded(source, size);
                    visitor.visit(entry, content);
                    source.skipNBytes(content.remaining + padded - size);
                    pax = new HashMap<>();
                    longName = null;
                    longLink = null;
                }
            }
            position += padded;
        }
    }

    private static String normalise(String name) {
        String normal = name;
        while (normal.startsWith("./") || normal.startsWith("/")) {
            normal = normal.substring(normal.indexOf('/') + 1);
        }
        return normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    }

    /** "length key=value\n" records. */
    private static Map<String, String> paxRecords(byte[] data) {
        Map<String, String> records = new HashMap<>();
        int at = 0;
        while (at < data.length) {
            int space = at;
            while (data[space] != ' ') {
                space++;
            }
            int length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
            String record = new String(data, space + 1, length - (space - at) - 2, StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            records.put(record.substring(0, equals), record.substring(equals + 1));
            at += length;
        }
        return records;
    }

    /** An octal field, or (GNU, for large values) a big-endian binary one marked by its first byte's high bit. */
    private static long number(byte[] header, int offset, int length) {
        if ((header[offset] & 0x80) != 0) {
            long value = header[offset] & 0x7f;
            for (int i = offset + 1; i < offset + length; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            return value;
        }
        String octal = text(header, offset, length).trim();
        return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    }

    private static String text(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** An entry's content: no further than its end, and closing it leaves the archive open. */
    private static final class Bounded extends FilterInputStream {

        private long remaining;

        Bounded(InputStream in, long size) {
            super(in);
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }

        @Override
        public void close() {}
    }
}
