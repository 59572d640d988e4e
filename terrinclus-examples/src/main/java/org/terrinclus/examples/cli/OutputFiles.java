package org.terrinclus.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The files the tool writes. Every failure to create, write or close one becomes an {@link
 * OutputFailedException}, which {@link TerrinclusCommand} alone turns into exit status 4 and one
 * line; a command never decides that for itself.
 */
final class OutputFiles {

    private OutputFiles() {}

    /** The output could not be written; the file named is missing or incomplete. */
    static final class OutputFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFailedException(Object where, IOException cause) {
            super(where + ": " + reason(cause), cause);
        }

        private static String reason(IOException cause) {
            if (cause instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            String reason = cause instanceof FileSystemException
                    ? ((FileSystemException) cause).getReason()
                    : cause.getMessage();
            return reason == null || reason.isBlank() ? cause.getClass().getSimpleName() : reason.strip();
        }
    }

    /** Opens a file for writing, truncating it; every later failure names it. */
    static OutputStream open(Path file) throws OutputFailedException {
        try {
            return new Guarded(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), file);
        } catch (IOException e) {
            throw new OutputFailedException(file, e);
        }
    }

    /** Opens a file for writing UTF-8 text. */
    static Writer writer(Path file) throws OutputFailedException {
        return new OutputStreamWriter(open(file), StandardCharsets.UTF_8);
    }

    /** Creates a folder to write into. */
    static void createFolder(Path folder) throws OutputFailedException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputFailedException(folder, e);
        }
    }

    /** The first {@link OutputFailedException} among a throwable and its causes, or null. */
    static OutputFailedException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutputFailedException) {
                return (OutputFailedException) t;
            }
        }
        return null;
    }

    /** A stream whose every failure is an {@link OutputFailedException} naming the file. */
    private static final class Guarded extends FilterOutputStream {
        private final Path file;

        Guarded(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (OutputFailedException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailedException(file, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (OutputFailedException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailedException(file, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (OutputFailedException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailedException(file, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (OutputFailedException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFailedException(file, e);
            }
        }
    }
}
