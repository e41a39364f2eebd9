package curio.teams;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws Curio's Teams icons: {@code color.png} (192x192, a lightbulb on the accent colour) and
 * {@code outline.png} (32x32, the same shape in white on transparent). Run once, output committed:
 * {@code java -Djava.awt.headless=true adapters/teams/src/test/java/curio/teams/TeamsIcons.java manifests/teams}
 */
public final class TeamsIcons {

    private static final Color ACCENT = new Color(0x5B, 0x5F, 0xC7);

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "manifests/teams");
        ImageIO.write(draw(192, ACCENT, Color.WHITE), "png", new File(folder, "color.png"));
        ImageIO.write(draw(32, null, Color.WHITE), "png", new File(folder, "outline.png"));
    }

    static BufferedImage draw(int size, Color background, Color ink) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (background != null) {
            g.setColor(background);
            g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
        }
        double u = size / 32.0;
        g.setColor(ink);
        g.setStroke(new BasicStroke((float) Math.max(1.5, 2 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawOval((int) (9 * u), (int) (4 * u), (int) (14 * u), (int) (14 * u));
        g.drawLine((int) (13 * u), (int) (18 * u), (int) (13 * u), (int) (22 * u));
        g.drawLine((int) (19 * u), (int) (18 * u), (int) (19 * u), (int) (22 * u));
        g.drawLine((int) (12 * u), (int) (23 * u), (int) (20 * u), (int) (23 * u));
        g.drawLine((int) (13 * u), (int) (26 * u), (int) (19 * u), (int) (26 * u));
        g.fillOval((int) (14 * u), (int) (9 * u), (int) (4 * u), (int) (4 * u));
        g.dispose();
        return image;
    }
}
