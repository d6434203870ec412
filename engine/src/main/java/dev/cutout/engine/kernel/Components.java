package dev.cutout.engine.kernel;

import java.util.Arrays;

/** Connected components of a binary mask, labelled with an explicit stack (no recursion). */
public final class Components {

    private final int[] labels;
    private final int[] areas;
    private final boolean[] border;
    private final int count;

    private Components(int[] labels, int[] areas, boolean[] border, int count) {
        this.labels = labels;
        this.areas = areas;
        this.border = border;
        this.count = count;
    }

    /**
     * @param mask   non-zero = member
     * @param eight  8-connectivity when true, 4-connectivity otherwise
     * @return labels per pixel ({@code -1} outside the mask), areas and whether each touches the border
     */
    public static Components label(byte[] mask, int w, int h, boolean eight) {
        int[] labels = new int[mask.length];
        Arrays.fill(labels, -1);
        int[] stack = new int[mask.length];
        int[] areas = new int[16];
        boolean[] border = new boolean[16];
        int count = 0;
        for (int seed = 0; seed < mask.length; seed++) {
            if (mask[seed] == 0 || labels[seed] >= 0) {
                continue;
            }
            if (count == areas.length) {
                areas = Arrays.copyOf(areas, count * 2);
                border = Arrays.copyOf(border, count * 2);
            }
            int label = count++;
            int top = 0;
            stack[top++] = seed;
            labels[seed] = label;
            int area = 0;
            boolean touches = false;
            while (top > 0) {
                int i = stack[--top];
                area++;
                int x = i % w;
                int y = i / w;
                touches |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w || (dx == 0 && dy == 0) || (!eight && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int j = ny * w + nx;
                        if (mask[j] != 0 && labels[j] < 0) {
                            labels[j] = label;
                            stack[top++] = j;
                        }
                    }
                }
            }
            areas[label] = area;
            border[label] = touches;
        }
        return new Components(labels, areas, border, count);
    }

    public int[] labels() {
        return labels;
    }

    public int count() {
        return count;
    }

    public int area(int label) {
        return areas[label];
    }

    public boolean touchesBorder(int label) {
        return border[label];
    }

    /** The label with the largest area, or -1 when there is none. */
    public int largest() {
        int best = -1;
        for (int c = 0; c < count; c++) {
            if (best < 0 || areas[c] > areas[best]) {
                best = c;
            }
        }
        return best;
    }
}
