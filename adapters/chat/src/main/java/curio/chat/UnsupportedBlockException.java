package curio.chat;

/** Thrown by an adapter asked to render a block it does not know: output is never dropped silently. */
public class UnsupportedBlockException extends RuntimeException {
    public UnsupportedBlockException(Platform platform, Object block) {
        super(platform + " cannot render " + block.getClass().getSimpleName());
    }
}
