package io.onboarding.kyc.web.codec;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Everything any logger writes while open, with the codec's loggers at INFO as in production's logback.xml.
 * Lines are {@code LEVEL logger - message}, with the stack trace's text when there is one.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger codec = (Logger) LoggerFactory.getLogger(CodecController.class.getPackageName());
    private final Level codecLevel = codec.getLevel();

    private LogCapture() {}

    static LogCapture open() {
        LogCapture capture = new LogCapture();
        capture.setContext(capture.root.getLoggerContext());
        capture.start();
        capture.codec.setLevel(Level.INFO);
        capture.root.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null
                ? ""
                : " | " + event.getThrowableProxy().getClassName() + ": "
                        + event.getThrowableProxy().getMessage();
        lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage() + thrown);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        codec.setLevel(codecLevel);
        stop();
    }
}
