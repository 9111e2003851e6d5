package org.backchannel.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.analysis.timeline.Bucket;

/**
 * Pictures for people who would rather look than read: the network on a circle (edge width by event
 * count, red for a hostile balance, green for a cooperative one, dashed when secret or mediated),
 * and a timeline as bars per period with spikes marked. SVG is text; PNG is drawn with Java2D.
 */
public final class Pictures {
    private static final int SIZE = 900;

    private Pictures() {}

    /** Vertices placed on a circle, busiest first. */
    private static List<double[]> layout(ActorNetwork net, List<String> order) {
        List<double[]> pos = new ArrayList<>();
        int n = order.size();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / Math.max(1, n) - Math.PI / 2;
            pos.add(new double[] {SIZE / 2.0 + 0.38 * SIZE * Math.cos(a), SIZE / 2.0 + 0.38 * SIZE * Math.sin(a)});
        }
        return pos;
    }

    private static List<String> order(ActorNetwork net) {
        List<String> vs = new ArrayList<>(net.graph().vertexSet());
        vs.sort((x, y) -> Integer.compare(net.graph().degreeOf(y), net.graph().degreeOf(x)) != 0
                ? Integer.compare(net.graph().degreeOf(y), net.graph().degreeOf(x))
                : x.compareTo(y));
        return vs;
    }

    private static String colour(DyadEdge e) {
        return e.goldsteinMean() < 0 ? "#c0392b" : "#27ae60";
    }

    public static void networkSvg(ActorNetwork net, Path file) throws IOException {
        List<String> order = order(net);
        List<double[]> pos = layout(net, order);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(SIZE)
                .append("\" height=\"")
                .append(SIZE)
                .append("\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (DyadEdge e : net.graph().edgeSet()) {
            double[] s = pos.get(order.indexOf(e.source()));
            double[] t = pos.get(order.indexOf(e.target()));
            b.append(String.format(
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s><title>%s → %s: %d events</title></line>%n",
                    s[0],
                    s[1],
                    t[0],
                    t[1],
                    colour(e),
                    1 + Math.log(1 + e.count()) * 2,
                    e.secret() + e.mediated() > 0 ? " stroke-dasharray=\"6,4\"" : "",
                    esc(net.name(e.source())),
                    esc(net.name(e.target())),
                    e.count()));
        }
        for (int i = 0; i < order.size(); i++) {
            double[] p = pos.get(i);
            b.append(String.format(
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"#2c3e50\"/>%n<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"13\" text-anchor=\"middle\">%s</text>%n",
                    p[0],
                    p[1],
                    6 + Math.min(10, net.graph().degreeOf(order.get(i))),
                    p[0],
                    p[1] - 14,
                    esc(net.name(order.get(i)))));
        }
        b.append("</svg>\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    public static void networkPng(ActorNetwork net, Path file) throws IOException {
        List<String> order = order(net);
        List<double[]> pos = layout(net, order);
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        for (DyadEdge e : net.graph().edgeSet()) {
            double[] s = pos.get(order.indexOf(e.source()));
            double[] t = pos.get(order.indexOf(e.target()));
            g.setColor(Color.decode(colour(e)));
            float w = (float) (1 + Math.log(1 + e.count()) * 2);
            g.setStroke(
                    e.secret() + e.mediated() > 0
                            ? new BasicStroke(
                                    w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(w));
            g.drawLine((int) s[0], (int) s[1], (int) t[0], (int) t[1]);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i < order.size(); i++) {
            double[] p = pos.get(i);
            int r = 6 + Math.min(10, net.graph().degreeOf(order.get(i)));
            g.setColor(Color.decode("#2c3e50"));
            g.fillOval((int) p[0] - r, (int) p[1] - r, 2 * r, 2 * r);
            String label = net.name(order.get(i));
            int width = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (int) p[0] - width / 2, (int) p[1] - 14);
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    public static void timelineSvg(List<Bucket> buckets, String title, Path file) throws IOException {
        int w = Math.max(400, 40 + buckets.size() * 22);
        int h = 320;
        int max = buckets.stream().mapToInt(Bucket::count).max().orElse(1);
        StringBuilder b = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\">\n"
                        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"10\" y=\"20\" font-family=\"sans-serif\" font-size=\"14\">"
                        + esc(title) + "</text>\n");
        for (int i = 0; i < buckets.size(); i++) {
            Bucket k = buckets.get(i);
            int bh = (int) Math.round(220.0 * k.count() / Math.max(1, max));
            b.append(String.format(
                    "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"%d\" fill=\"%s\"><title>%s: %d events, Goldstein %.1f%s</title></rect>%n",
                    30 + i * 22,
                    270 - bh,
                    bh,
                    k.spike() ? "#e67e22" : k.goldstein() < 0 ? "#c0392b" : "#27ae60",
                    k.start(),
                    k.count(),
                    k.goldstein(),
                    k.spike() ? " (spike)" : ""));
            if (i % Math.max(1, buckets.size() / 10) == 0) {
                b.append(String.format(
                        "<text x=\"%d\" y=\"290\" font-family=\"sans-serif\" font-size=\"10\">%s</text>%n",
                        30 + i * 22, k.start()));
            }
        }
        Files.writeString(file, b.append("</svg>\n").toString(), StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
