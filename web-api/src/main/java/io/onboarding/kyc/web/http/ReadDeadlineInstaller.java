package io.onboarding.kyc.web.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Puts a {@link ReadDeadline} on every HTTP/1 connection the server accepts. */
@Singleton
@Requires(beans = NettyServerCustomizer.Registry.class)
final class ReadDeadlineInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final Duration readTimeout;

    ReadDeadlineInstaller(HttpSettings settings) {
        this.readTimeout = settings.readTimeout();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerConnection(readTimeout, null));
        return event.getBean();
    }

    /** Specialised once per connection, so each connection gets its own clock. */
    private record PerConnection(Duration timeout, Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel connection, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new PerConnection(timeout, connection) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel == null ? null : channel.pipeline();
            String codec = ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC;
            if (pipeline != null && pipeline.get(codec) != null) {
                ReadDeadline deadline = new ReadDeadline(timeout);
                pipeline.addBefore(codec, "kyc-read-deadline-start", deadline.onBytes());
                pipeline.addAfter(codec, "kyc-read-deadline-end", deadline.onMessages());
            }
        }
    }
}
