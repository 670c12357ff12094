package io.onboarding.kyc.web.http;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request has not arrived in full within the read timeout of its first byte.
 *
 * <p>Micronaut's idle timeout notices only silence: a client that trickles a byte now and then, or that
 * promises a Content-Length and stops sending, keeps its connection (and the body buffered so far, up to
 * the request size limit) as long as it likes. Micronaut's {@code read-idle-timeout} merely raises an
 * event that its HTTP/1 handler ignores. So the clock here runs per request, whatever the pace.
 *
 * <p>One instance per connection, as two handlers either side of the HTTP codec: raw bytes start the clock
 * (so headers sent a byte at a time count too), the end of a request's body stops it. Both run on the
 * connection's event loop, so the state needs no locking. What happens after the body is in (the work,
 * the answer) is not timed here.
 */
final class ReadDeadline {

    private static final Logger LOG = LoggerFactory.getLogger(ReadDeadline.class);

    private final Duration timeout;
    private ScheduledFuture<?> pending;

    ReadDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** Goes before the codec: the first bytes of a request start its clock. */
    ChannelHandler onBytes() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                start(ctx);
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                stop();
                ctx.fireChannelInactive();
            }
        };
    }

    /**
     * Goes after the codec: a request's last content stops the clock. A request that a pipelining client
     * sent with the previous one starts its own clock here, as its bytes were read before the stop.
     */
    ChannelHandler onMessages() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest) {
                    start(ctx);
                }
                if (msg instanceof LastHttpContent) {
                    stop();
                }
                ctx.fireChannelRead(msg);
            }
        };
    }

    private void start(ChannelHandlerContext ctx) {
        if (pending == null) {
            pending = ctx.executor().schedule(() -> expire(ctx), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void stop() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void expire(ChannelHandlerContext ctx) {
        pending = null;
        LOG.debug(
                "closed the connection from {}: its request was not in within {}",
                ctx.channel().remoteAddress(),
                timeout);
        // Fire and forget: nothing waits on this connection, and a failed close leaves nothing more to do here.
        ChannelFuture unused = ctx.close();
    }
}
