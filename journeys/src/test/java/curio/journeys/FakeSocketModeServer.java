package curio.journeys;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's Socket Mode end on 127.0.0.1: the URL {@code apps.connections.open} hands out. A client
 * that connects gets the recorded {@code hello}; {@link #deliver} pushes an envelope to every
 * connected client, and every text frame a client sends (the acks) is kept.
 */
public final class FakeSocketModeServer implements AutoCloseable {

    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final Channel server;
    private final List<Channel> clients = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    public FakeSocketModeServer() {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                new WebSocketServerProtocolHandler(
                                WebSocketServerProtocolConfig.newBuilder().websocketPath("/link").checkStartsWith(true).build()), new Frames());
                    }
                }).bind(new InetSocketAddress("127.0.0.1", 0)).syncUninterruptibly().channel();
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                clients.add(ctx.channel());
                ctx.channel().writeAndFlush(new TextWebSocketFrame(Payload.read("slack/requests/socket_mode.hello.json")));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            received.add(frame.text());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            clients.remove(ctx.channel());
        }
    }

    /** What {@code apps.connections.open} answers with. */
    public String url() {
        return "ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/link/?ticket=5d4f7e1a-journeys&app_id=A0CURIO0001";
    }

    public boolean connected() {
        return !clients.isEmpty();
    }

    public void deliver(String envelope) {
        clients.forEach(c -> c.writeAndFlush(new TextWebSocketFrame(envelope)));
    }

    /** The first frame a client sent that contains {@code text}, waiting for it. */
    public String awaitReceived(String text) {
        return Await.until(() -> received.stream().filter(f -> f.contains(text)).findFirst().map(Optional::of)
                .orElse(Optional.empty()), () -> "no frame with " + text + " among " + received);
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully().syncUninterruptibly();
    }
}
